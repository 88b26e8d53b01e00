"""Monthly: personalised satisfaction-survey invites, sent as one Message Batch."""
from __future__ import annotations

from fieldops.config import settings
from fieldops.llm import claude


def submit(customers) -> str:
    requests = []
    for c in customers:
        requests.append(
            {
                "custom_id": f"survey-{c.id}",
                "params": {
                    "model": settings.claude_fast_model,
                    "max_tokens": 200,
                    "messages": [
                        {
                            "role": "user",
                            "content": (
                                f"Write a one-line survey invite for {c.first_name}.\n"
                                f"Last visit: {c.last_visit:%d %b} ({c.last_service}).\n"
                                f"Reply address: {c.email}\n"
                            ),
                        }
                    ],
                },
            }
        )
    batch = claude.messages.batches.create(requests=requests)
    return batch.id
