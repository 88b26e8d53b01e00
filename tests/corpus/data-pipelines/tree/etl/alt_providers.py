"""Benchmark harness: the same customer rows sent to other providers.

None of these calls go to Claude on Foundry. Azure OpenAI runs under our
approved modified-abuse-monitoring exemption, so those prompts are not stored
by Microsoft. The direct Anthropic API calls are covered by our own ZDR
addendum signed with Anthropic.
"""
from __future__ import annotations

import json
import os

import anthropic
import boto3
from openai import AzureOpenAI
import vertexai
from vertexai.generative_models import GenerativeModel

aoai = AzureOpenAI(
    azure_endpoint="https://northwind-aoai.openai.azure.com",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    api_version="2024-10-21",
)
direct = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
bedrock = anthropic.AnthropicBedrock(aws_region="us-east-1")
bedrock_rt = boto3.client("bedrock-runtime", region_name="us-east-1")
vertexai.init(project="northwind-ml", location="us-central1")
gemini = GenerativeModel("gemini-1.5-pro")


def compare(customer: dict) -> dict:
    prompt = (
        f"Customer {customer['full_name']} ({customer['email']}, {customer['phone']}) "
        f"born {customer['date_of_birth']} bought: {customer['basket']}. Suggest a next best offer."
    )
    out = {}
    out["aoai"] = aoai.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": prompt}]
    ).choices[0].message.content
    out["direct"] = direct.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": json.dumps(customer)}],
    ).content[0].text
    out["bedrock"] = bedrock.messages.create(
        model="anthropic.claude-sonnet-4-5-v1:0",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Card on file: {customer['card_number']}. {prompt}"}],
    ).content[0].text
    out["gemini"] = gemini.generate_content(prompt + " Email: dana.whitfield@outlook.com").text
    return out
