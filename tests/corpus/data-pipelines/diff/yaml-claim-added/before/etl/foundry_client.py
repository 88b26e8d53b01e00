"""Shared Claude-on-Foundry client for the ETL package."""
import os

from anthropic import AnthropicFoundry

FOUNDRY_BASE_URL = "https://northwind-retail-ai.services.ai.azure.com/anthropic"
MODEL = "claude-sonnet-4-5"

# Residency: the deployment is "US Data Zone Standard", hosted on Azure, in
# East US 2. That is a statement about where inference runs, nothing more.
client = AnthropicFoundry(
    base_url=FOUNDRY_BASE_URL,
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
