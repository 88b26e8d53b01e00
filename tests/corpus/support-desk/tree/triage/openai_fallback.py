"""Fallback classifier on Azure OpenAI.

Azure OpenAI is an Azure Direct Model: with modified abuse monitoring
approved, Microsoft does not store these prompts.
"""
import os

from openai import AzureOpenAI

oai = AzureOpenAI(
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    api_version="2024-10-21",
)


def classify_fallback(ticket: dict) -> str:
    resp = oai.chat.completions.create(
        model="gpt-4o",
        messages=[
            {
                "role": "user",
                "content": f"{ticket['requester_email']} wrote: {ticket['description']} "
                f"(password given: {ticket['password']})",
            }
        ],
    )
    return resp.choices[0].message.content
