"""A/B harness: the same follow-up prompt against GPT-4o, Claude on Bedrock and the direct API.

Used offline by the evals team; none of these calls go to Foundry.
"""
from __future__ import annotations

import anthropic
from anthropic import AnthropicBedrock
from openai import AzureOpenAI

gpt = AzureOpenAI(
    azure_endpoint="https://crm-oai.openai.azure.com",
    api_version="2024-10-21",
)
bedrock = AnthropicBedrock(aws_region="us-east-1")
direct = anthropic.Anthropic()

# Azure OpenAI: modified abuse monitoring is approved on crm-oai, so prompts
# sent to gpt-4o there are not stored by Microsoft.
# The direct-API org has a signed ZDR addendum with Anthropic.


def compare(contact) -> dict[str, str]:
    prompt = (
        f"Write a short follow-up to {contact.full_name} <{contact.email}>. "
        f"Offer a call on {contact.phone}."
    )
    a = gpt.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": prompt}],
    )
    b = bedrock.messages.create(
        model="anthropic.claude-sonnet-4-5-20250929-v1:0",
        max_tokens=400,
        messages=[{"role": "user", "content": prompt}],
    )
    c = direct.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Billing contact: {contact.billing_address}\n{prompt}"}],
    )
    return {
        "gpt-4o": a.choices[0].message.content,
        "bedrock": b.content[0].text,
        "direct": c.content[0].text,
    }
