import os

from anthropic import AnthropicFoundry

client = AnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
MODEL = "claude-sonnet-4-5"
