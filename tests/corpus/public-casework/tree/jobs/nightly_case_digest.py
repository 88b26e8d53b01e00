"""Nightly digest: batch-summarise yesterday's closed cases with Claude on Foundry.

Runs in the jbs-batch container at 02:00. Because the abuse-monitoring
opt-out is approved on our Azure subscription, Anthropic never keeps
these batch inputs.
"""

import os

import pyodbc
from anthropic import AnthropicFoundry

client = AnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)


def load_closed_cases() -> list[dict]:
    conn = pyodbc.connect(os.environ["CWA_SQL_CONNECTION_STRING"])
    cur = conn.cursor()
    cur.execute(
        "SELECT case_ref, benefit_type, sort_code, account_number, iban, outcome "
        "FROM closed_cases WHERE closed_on = CAST(GETDATE() - 1 AS date)"
    )
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def main() -> None:
    rows = load_closed_cases()
    requests = []
    for row in rows:
        requests.append(
            {
                "custom_id": row["case_ref"],
                "params": {
                    "model": "claude-haiku-4-5",
                    "max_tokens": 400,
                    "messages": [
                        {
                            "role": "user",
                            "content": (
                                f"Closed case {row['case_ref']} ({row['benefit_type']}).\n"
                                f"Paid to sort code {row['sort_code']}\n"
                                f"account {row['account_number']}\n"
                                f"IBAN (EU claimants): {row['iban']}\n"
                                f"Outcome: {row['outcome']}"
                            ),
                        }
                    ],
                },
            }
        )
    batch = client.messages.batches.create(requests=requests)
    # Our digest table keeps the batch id and summaries for 90 days.
    print(batch.id)


if __name__ == "__main__":
    main()
