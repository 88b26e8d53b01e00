"""Shared Claude client for every TalentLoop backend service.

All services import ``client`` / ``aclient`` from here; the deployment lives
in our Azure AI Foundry resource.
"""
import os

from anthropic import AnthropicFoundry, AsyncAnthropicFoundry

MODEL = os.getenv("TALENTLOOP_MODEL", "claude-sonnet-4-5")

client = AnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)

aclient = AsyncAnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
