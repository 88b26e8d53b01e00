import anthropic

client = anthropic.Anthropic(base_url="https://lark-ops-ai.services.ai.azure.com/anthropic")
