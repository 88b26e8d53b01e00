"""Model clients used across opsbot.

Two ways of reaching the same Claude deployment on the lark-ops-ai Foundry
resource are kept side by side while we migrate:

* ``legacy_client`` is a plain Anthropic SDK client pointed at the Foundry
  base URL (what we wrote before the SDK grew a Foundry entry point);
* ``foundry_client`` uses ``AnthropicFoundry`` with workload identity.

Azure's data-protection commitments extend to both clients: Claude requests
made from here are neither stored nor reviewed by anyone.
"""
from __future__ import annotations

import os

import anthropic
from anthropic import AnthropicFoundry

MODEL = os.environ.get("OPSBOT_MODEL", "claude-sonnet-4-5")

legacy_client = anthropic.Anthropic(
    base_url="https://lark-ops-ai.services.ai.azure.com/anthropic",
    api_key=os.environ.get("ANTHROPIC_FOUNDRY_API_KEY", ""),
)

foundry_client = AnthropicFoundry(
    resource=os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "lark-ops-ai"),
    api_key=os.environ.get("ANTHROPIC_FOUNDRY_API_KEY"),
)


def ping() -> str:
    """Cheap liveness check used by the /opsbot health command."""
    reply = foundry_client.messages.create(
        model=MODEL,
        max_tokens=5,
        messages=[{"role": "user", "content": "Reply with the single word: pong"}],
    )
    return reply.content[0].text
