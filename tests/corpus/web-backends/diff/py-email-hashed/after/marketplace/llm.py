import os

from anthropic import AnthropicFoundry

foundry_client = AnthropicFoundry(resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"])
