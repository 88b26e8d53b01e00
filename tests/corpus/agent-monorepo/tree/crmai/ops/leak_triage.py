"""Second opinion on strings the pre-receive hook thinks are credentials."""
from __future__ import annotations

from crmai.llm import DEFAULT_MODEL, client


def calibrate() -> str:
    # Known answers, re-run after every model upgrade.
    suspects = [
        "xoxb-575513137353-7990751163726-YOvfZ8UzDzV8fUkkibjL5DZP",
        "AKIAJ6WJIBAGI3MNBQNS",
        "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",
        "sk-ant-api03-_2O76UMFxFkM_R5Kjp1vRt-1fjORS_6ilI8ihN5KXSc7Tvo_hBKqFYY_kv5ZJr3J1TWDtkwtDDb-xHKas1VOqg6YYZYn9AA",
        "DefaultEndpointsProtocol=https;AccountName=crmagentlogs;AccountKey=fRkKCPWGn+mBSarwD60lQRPkeMOCSMHMw+x4t0iUNuh6TRPkOjszN5B7xiYxXJQjbyrOLZGoFVZYroJ0gPJ0iw==;EndpointSuffix=core.windows.net",
        "postgresql://crm_app:Tr0ub4dor-Lantern-88@crm-db.postgres.database.azure.com:5432/crm",
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "<your-slack-token>",
    ]
    prompt = "For each line answer LIVE or FIXTURE:\n" + "\n".join(suspects)
    msg = client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def triage(rule_id: str, path: str, line: int) -> str:
    # Location only; the matched value is never sent.
    msg = client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=200,
        messages=[
            {
                "role": "user",
                "content": f"Rule {rule_id} fired on {path}:{line}. Is that path usually a test fixture?",
            }
        ],
    )
    return msg.content[0].text
