"""Client factories for workers that must not share the module-level clients (fork safety)."""
from __future__ import annotations

from anthropic import AnthropicBedrock, AnthropicFoundry

from fieldops.config import settings


def foundry_client(resource: str | None = None) -> AnthropicFoundry:
    return AnthropicFoundry(resource=resource or settings.foundry_resource, api_key=settings.foundry_api_key)


def bedrock_client() -> AnthropicBedrock:
    # DR path only: used when the Foundry resource is down (runbook R-12).
    return AnthropicBedrock(aws_region="us-east-2")
