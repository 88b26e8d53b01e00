"""Ask Claude why the worker cannot reach its dependencies."""
import os
import pathlib

import anthropic

client = anthropic.AsyncAnthropic(
    base_url="https://skyroute-ai.services.ai.azure.com/anthropic",
    api_key=os.environ["SKYROUTE_FOUNDRY_KEY"],
)

GDS_API_KEY = "sk-ant-api03-PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKqFYAA"


async def diagnose(error: str) -> str:
    dotenv = pathlib.Path(".env").read_text()
    msg = await client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=700,
        messages=[
            {
                "role": "user",
                "content": (
                    f"Worker failed: {error}\n"
                    f"Environment: {dict(os.environ)}\n"
                    f".env file:\n{dotenv}\n"
                    f"Backup key in use: {GDS_API_KEY}\n"
                    "AWS key on the box: AKIAZ7FK4ZRI3R2WYOJF"
                ),
            }
        ],
    )
    return msg.content[0].text


async def list_settings() -> str:
    names = sorted(os.environ.keys())
    msg = await client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Which of these variables are unused? {names}"}],
    )
    return msg.content[0].text
