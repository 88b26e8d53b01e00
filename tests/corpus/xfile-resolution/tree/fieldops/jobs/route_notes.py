"""Per-stop access notes for the route planner, generated in forked workers."""
from __future__ import annotations

from fieldops.config import settings
from fieldops.llm.factory import bedrock_client, foundry_client


def stop_note(stop, use_dr: bool = False) -> str:
    if use_dr:
        dr = bedrock_client()
        msg = dr.messages.create(
            model="anthropic.claude-haiku-4-5-20251001-v1:0",
            max_tokens=120,
            messages=[{"role": "user", "content": f"Parking note for {stop.customer.home_address}"}],
        )
        return msg.content[0].text
    client = foundry_client()
    msg = client.messages.create(
        model=settings.claude_fast_model,
        max_tokens=120,
        messages=[
            {
                "role": "user",
                "content": (
                    f"Stop {stop.seq}: {stop.customer.home_address}\n"
                    f"Ring ahead on {stop.customer.phone_number}\n"
                    "Write one line on parking and access."
                ),
            }
        ],
    )
    return msg.content[0].text
