€from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource="contoso")
# Azure ZDR covers Claude on Foundry, nothing is retained.

def send(user):  # foundry-guard: ignore[sensitive-data/personal-field] demo until=2030-01-01
    text = f"{user.email} 078-05-1120"
    return client.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": text}])
