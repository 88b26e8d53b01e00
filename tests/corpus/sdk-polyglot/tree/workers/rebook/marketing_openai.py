"""Marketing copy uses Azure OpenAI, not Claude.

Azure OpenAI is an Azure Direct Model, so our approved modified abuse
monitoring means Microsoft stores none of these prompts.
"""
import os

from openai import AzureOpenAI
import anthropic

oai = AzureOpenAI(
    azure_endpoint="https://skyroute-oai.openai.azure.com",
    api_key=os.environ["AZURE_OPENAI_KEY"],
    api_version="2024-10-21",
)
bedrock = anthropic.AnthropicBedrock(aws_region="eu-west-1")


def welcome_copy(traveller) -> str:
    resp = oai.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"Welcome {traveller.full_name}, born {traveller.date_of_birth}, email {traveller.email}"}],
    )
    return resp.choices[0].message.content


def welcome_copy_bedrock(traveller) -> str:
    msg = bedrock.messages.create(
        model="anthropic.claude-sonnet-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Welcome {traveller.full_name}, passport {traveller.passport_number}"}],
    )
    return msg.content[0].text
