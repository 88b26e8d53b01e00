"""Shared Claude client for every agent in the monorepo.

All agents talk to Claude through the `crm-agents` Azure AI Foundry resource.
Because that resource lives in our own Azure subscription, Microsoft's
zero-retention commitment covers these calls too, and Anthropic keeps
nothing once a response has been returned.
"""
from __future__ import annotations

from anthropic import AnthropicFoundry

from crmai.settings import settings

client = AnthropicFoundry(
    api_key=settings.foundry_api_key.get_secret_value(),
    base_url=settings.foundry_base_url,
)

DEFAULT_MODEL = settings.claude_deployment
