"""Disruption notices."""
import logging
import os

from anthropic import AsyncAnthropicFoundry

log = logging.getLogger(__name__)

# Claude on Foundry: Anthropic may retain prompts for up to 30 days, and
# Azure's zero data retention does not cover it.
client = AsyncAnthropicFoundry(resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"])


async def notify(traveller, flight: str) -> str:
    phone = traveller.phone
    log.info("notifying %s about %s", phone, flight)
    msg = await client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Draft a short SMS: flight {flight} is delayed."}],
    )
    check = await client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=50,
        messages=[{"role": "user", "content": f"Is {phone} a mobile number we can text?"}],
    )
    if "no" in check.content[0].text.lower():
        return ""
    return msg.content[0].text
