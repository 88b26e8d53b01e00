"""Offline comparison of other providers on the same screening prompt.
None of these calls go to Claude on Foundry."""
import json
from dataclasses import asdict

import anthropic
from anthropic import AnthropicBedrock
from openai import AzureOpenAI, OpenAI

direct = anthropic.Anthropic()
bedrock = AnthropicBedrock(aws_region="us-east-1")
azure_oai = AzureOpenAI(azure_endpoint="https://talentloop-oai.openai.azure.com", api_version="2024-10-21")
oai = OpenAI()


def compare(employee):
    prompt = f"Employee {employee.full_name}, SSN {employee.ssn}, salary {employee.salary}"
    direct.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": prompt}],
    )
    bedrock.messages.create(
        model="anthropic.claude-sonnet-4-5-v1:0",
        max_tokens=400,
        messages=[{"role": "user", "content": json.dumps(asdict(employee), default=str)}],
    )
    azure_oai.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"DOB {employee.date_of_birth}, phone {employee.phone}"}],
    )
    oai.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"Bank account {employee.bank_account_number}"}],
    )
