"""Shared Claude clients for the Harborview patient assistant.

Claude runs in our Microsoft Foundry resource, but Anthropic operates the
model as an independent processor and may hold prompts and outputs for up
to 30 days (longer if flagged). Redact PHI with clinic.privacy before it
reaches either client below.
"""
from __future__ import annotations

import os
from functools import lru_cache

from anthropic import AnthropicFoundry, AsyncAnthropicFoundry

FOUNDRY_RESOURCE = os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "harborview-ai-eus2")
FOUNDRY_BASE_URL = f"https://{FOUNDRY_RESOURCE}.services.ai.azure.com/anthropic"
CLAUDE_MODEL = os.environ.get("CLINIC_CLAUDE_MODEL", "claude-sonnet-4-5")
CLAUDE_FAST_MODEL = os.environ.get("CLINIC_CLAUDE_FAST_MODEL", "claude-haiku-4-5")


@lru_cache(maxsize=1)
def get_client() -> AnthropicFoundry:
    return AnthropicFoundry(
        resource=FOUNDRY_RESOURCE,
        api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
    )


@lru_cache(maxsize=1)
def get_async_client() -> AsyncAnthropicFoundry:
    return AsyncAnthropicFoundry(
        resource=FOUNDRY_RESOURCE,
        api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
    )
