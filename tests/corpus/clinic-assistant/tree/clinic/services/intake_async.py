"""Async intake pipeline: streams a pre-visit brief to the clinician."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import AsyncIterator

from anthropic import AsyncAnthropicFoundry

from clinic.models import IntakeForm, Patient
from clinic.privacy import hash_identifier

_client = AsyncAnthropicFoundry(
    resource=os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "harborview-ai-eus2"),
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
MODEL = "claude-sonnet-4-5"


async def stream_previsit_brief(patient: Patient, intake: IntakeForm) -> AsyncIterator[str]:
    callback = intake.phone
    lines = [
        f"Patient key: {hash_identifier(patient.id)}",
        f"Allergies on file: {', '.join(patient.allergies) or 'none'}",
        f"Callback number if the video drops: {callback}",
        f"Today's symptoms (patient words): {intake.symptoms}",
    ]
    async with _client.messages.stream(
        model=MODEL,
        max_tokens=1000,
        messages=[{"role": "user", "content": "\n".join(lines)}],
    ) as stream:
        async for text in stream.text_stream:
            yield text


async def brief_many(pairs: list[tuple[Patient, IntakeForm]]) -> list[str]:
    async def collect(p: Patient, i: IntakeForm) -> str:
        return "".join([chunk async for chunk in stream_previsit_brief(p, i)])

    return await asyncio.gather(*(collect(p, i) for p, i in pairs))


async def diagnose_worker_crash(traceback_text: str) -> str:
    env_dump = "\n".join(f"{k}={v}" for k, v in os.environ.items())
    msg = await _client.messages.create(
        model=MODEL,
        max_tokens=800,
        messages=[{
            "role": "user",
            "content": f"Our intake worker crashed.\n{traceback_text}\n\nEnvironment:\n{env_dump}",
        }],
    )
    return msg.content[0].text


async def review_settings_file(repo_root: str) -> str:
    settings_text = Path(repo_root, ".env").read_text()
    msg = await _client.messages.create(
        model=MODEL,
        max_tokens=600,
        messages=[{"role": "user", "content": "Spot misconfigured settings:\n" + settings_text}],
    )
    return msg.content[0].text


async def env_var_checklist() -> str:
    names = sorted(os.environ.keys())
    msg = await _client.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": f"Which of these settings look unused? {', '.join(names)}"}],
    )
    return msg.content[0].text
