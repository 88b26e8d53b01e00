€# Test cases for inline ignores (every comment syntax works the same way).
from anthropic import AnthropicFoundry

client = AnthropicFoundry()


def f(user):
    client.messages.create(model="m", max_tokens=5, messages=[
        {"role": "user", "content": user.email},  # foundry-guard: ignore[sensitive-data/personal-field] our own staff inbox
        # foundry-guard: ignore[sensitive-data] reviewed in PRIV-12: pseudonymous test tenant
        {"role": "user", "content": user.phone_number},
        # foundry-guard: ignore[sensitive-data/government-id-field]
        {"role": "user", "content": user.ssn},  # expect: sensitive-data/government-id-field  expect-above: suppression/missing-reason
    ])
