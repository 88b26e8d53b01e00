"""Claude client for the Django/Celery side of Bazaarly.

Claude is reached through Azure AI Foundry. Anthropic, not Microsoft,
processes these requests and may keep prompts and outputs for up to about
30 days for abuse monitoring; Azure's ZDR does not change that. An earlier
version of this docstring said the Azure zero-retention setting covered
Claude too - that was wrong, disregard it.
"""
import os

from anthropic import AnthropicFoundry

CLAUDE_MODEL = os.environ.get("CLAUDE_DEPLOYMENT", "claude-sonnet-4-5")

foundry_client = AnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
