"""Live call notes: streams a running summary into the CRM sidebar during a call."""
from __future__ import annotations

from typing import Awaitable, Callable

import anthropic

from crmai.crypto import hash_email
from crmai.settings import settings

# Built from settings so staging can point at its own Foundry resource.
claude = anthropic.AsyncAnthropic(
    base_url=settings.foundry_base_url,
    api_key=settings.foundry_api_key.get_secret_value(),
)


async def stream_notes(call, contact, on_text: Callable[[str], Awaitable[None]]) -> None:
    header = (
        f"Caller: {contact.full_name}\n"
        f"Callback number: {contact.phone}\n"
        f"CRM key: {hash_email(contact.email)}\n"
        f"Call length so far: {call.duration_seconds}s\n"
    )
    async with claude.messages.stream(
        model=settings.claude_deployment,
        max_tokens=800,
        system="Summarise the call as short bullet points for the account manager.",
        messages=[{"role": "user", "content": header + call.transcript}],
    ) as stream:
        async for text in stream.text_stream:
            await on_text(text)


async def stream_outline(call, on_text: Callable[[str], Awaitable[None]]) -> None:
    # Structure only: how many speakers and turns, no words from the call.
    async with claude.messages.stream(
        model=settings.claude_deployment,
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": f"{len(call.speakers)} speakers, {len(call.turns)} turns. Suggest an agenda.",
            }
        ],
    ) as stream:
        async for text in stream.text_stream:
            await on_text(text)
