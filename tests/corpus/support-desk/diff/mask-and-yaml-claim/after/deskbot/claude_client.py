"""Shared Claude client for deskbot.

Note: prompts sent here are processed by Anthropic under its own terms;
Azure's zero data retention does not apply to Claude models.
"""
import os

from anthropic import AnthropicFoundry

client = AnthropicFoundry(
    resource=os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "helpdesk-ai"),
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)

MODEL = os.environ.get("DESKBOT_MODEL", "claude-sonnet-4-5")


def mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return local[:1] + "***@" + domain
