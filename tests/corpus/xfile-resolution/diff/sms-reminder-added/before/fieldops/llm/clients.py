"""Model clients. Everything that talks to Claude imports `claude` from here."""
from __future__ import annotations

import logging

from anthropic import AnthropicFoundry
from openai import AzureOpenAI

from fieldops.config import settings

log = logging.getLogger(__name__)

claude = AnthropicFoundry(
    resource=settings.foundry_resource,
    api_key=settings.foundry_api_key,
)

# GPT-4o on the same Foundry resource; only review replies use it.
gpt = AzureOpenAI(
    azure_endpoint=f"https://{settings.foundry_resource}.services.ai.azure.com",
    api_key=settings.azure_openai_key,
    api_version="2024-10-21",
)


def ask_claude(prompt: str, *, system: str | None = None, max_tokens: int = 700) -> str:
    """One-shot helper for jobs and scripts that only need text back."""
    kwargs = {"system": system} if system else {}
    response = claude.messages.create(
        model=settings.claude_model,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": prompt}],
        **kwargs,
    )
    log.debug("claude usage: %s", response.usage)
    return response.content[0].text
