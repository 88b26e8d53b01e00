"""Weekly pipeline digest for sales leads. Aggregates only."""
from __future__ import annotations

from collections import Counter

from crmai.llm import DEFAULT_MODEL
from crmai.privacy import redact_pii
from crmai.retry import create_with_retry

DIGEST_EMAIL_TEMPLATE = "weekly_digest_v3"


def build_digest(deals: list, notes: list[str]) -> str:
    by_stage = Counter(d.stage for d in deals)
    lines = [f"{stage}: {count}" for stage, count in sorted(by_stage.items())]
    msg = create_with_retry(
        model=DEFAULT_MODEL,
        max_tokens=600,
        messages=[
            {
                "role": "user",
                "content": (
                    f"Pipeline this week ({len(deals)} deals):\n"
                    + "\n".join(lines)
                    + "\n\nRep notes (redacted):\n"
                    + "\n".join(redact_pii(n) for n in notes)
                    + f"\n\nFormat for template {DIGEST_EMAIL_TEMPLATE}."
                ),
            }
        ],
    )
    return msg.content[0].text
