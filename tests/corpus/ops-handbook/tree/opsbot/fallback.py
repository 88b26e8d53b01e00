"""Fallbacks used when the Foundry deployment is throttling.

Summaries fall back to GPT-4o on Azure OpenAI. Secret classification falls
back to the direct Anthropic API, which our 2024 zero-data-retention
addendum with Anthropic covers; that addendum says nothing about Foundry.
"""
from __future__ import annotations

import os

import anthropic
from openai import AzureOpenAI

direct = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))

aoai = AzureOpenAI(
    azure_endpoint="https://lark-aoai.openai.azure.com",
    api_version="2024-10-21",
    api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
)


def classify_direct(raw_value: str, owner_email: str) -> str:
    reply = direct.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=200,
        messages=[
            {
                "role": "user",
                "content": f"Owner {owner_email} leaked this; which issuer? {raw_value}\n"
                "Example from last week: ghp_9wQk2LrT7vXb4NmA8sDf1GhJ3KzPq6YcE5Ru",
            }
        ],
    )
    return reply.content[0].text


def summarise_with_gpt(transcript: str, reporter: dict) -> str:
    # Azure OpenAI: modified abuse monitoring is approved for lark-aoai, so
    # these prompts are not stored by Microsoft.
    completion = aoai.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": f"Reporter: {reporter['email']}, {reporter['phone']}"},
            {"role": "user", "content": transcript},
        ],
    )
    return completion.choices[0].message.content or ""
