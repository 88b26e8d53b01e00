"""Payment queries for caseworkers."""

import logging
import os

from anthropic import AnthropicFoundry

log = logging.getLogger("cwa.payments")
client = AnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)


def explain_missed_payment(claim: dict) -> str:
    prompt = (
        f"Payment for case {claim['case_ref']} bounced.\n"
        f"Sort code on file: {claim['sort_code']}\n"
        "Explain the likely reasons to the caseworker."
    )
    log.debug("prepared prompt for %s", claim["case_ref"])
    resp = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.content[0].text
