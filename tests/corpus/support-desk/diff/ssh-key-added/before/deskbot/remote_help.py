"""Remote-help assistant for desk techs."""
import os
from pathlib import Path

from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource=os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "helpdesk-ai"))


def explain_connect_error(host: str, error: str) -> str:
    msg = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Connecting to {host} fails with: {error}"}],
    )
    return msg.content[0].text
