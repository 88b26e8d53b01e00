"""Tiny shared runner so jobs and the eval harness build requests the same way."""
from __future__ import annotations


def complete(client, text: str, model: str, max_tokens: int = 500) -> str:
    msg = client.messages.create(
        model=model,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": text}],
    )
    return msg.content[0].text
