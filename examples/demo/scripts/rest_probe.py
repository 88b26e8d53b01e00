"""Raw REST call to the Foundry Anthropic endpoint."""
import os

import requests

URL = "https://careline-ai.services.ai.azure.com/anthropic/v1/messages"


def probe(customer_email: str) -> dict:
    body = {
        "model": "claude-haiku-4-5",
        "max_tokens": 50,
        "messages": [{"role": "user", "content": f"Write to {customer_email}"}],
    }
    headers = {"api-key": os.environ["ANTHROPIC_FOUNDRY_API_KEY"], "anthropic-version": "2023-06-01"}
    return requests.post(URL, json=body, headers=headers, timeout=30).json()
