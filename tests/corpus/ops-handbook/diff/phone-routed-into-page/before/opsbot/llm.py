import os

from anthropic import AnthropicFoundry

MODEL = "claude-sonnet-4-5"
client = AnthropicFoundry(resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"])
