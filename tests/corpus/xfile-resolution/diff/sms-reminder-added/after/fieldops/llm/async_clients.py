"""Async Foundry client for the streaming endpoints."""
from __future__ import annotations

from anthropic import AsyncAnthropicFoundry

from fieldops.config import settings

aclaude = AsyncAnthropicFoundry(
    resource=settings.foundry_resource,
    api_key=settings.foundry_api_key,
)
