"""OpenAI-compatible client on the Foundry *project* endpoint.

Foundry serves Claude through the Responses API as well, which lets the
warranty tool keep its existing OpenAI code. The same client reaches GPT
deployments; the model id decides.
"""
from __future__ import annotations

from openai import OpenAI

from fieldops.config import settings

project_client = OpenAI(
    base_url=settings.project_endpoint,
    api_key=settings.foundry_api_key,
)
