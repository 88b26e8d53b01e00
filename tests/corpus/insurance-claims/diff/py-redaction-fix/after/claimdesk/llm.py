"""Claude client for the subrogation desk."""
import os

from anthropic import AnthropicFoundry

DEPLOYMENT = os.environ.get("SUBRO_DEPLOYMENT", "claude-sonnet-4-5")
claude = AnthropicFoundry(resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"])
