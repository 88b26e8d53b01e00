"""The Claude clients used across claimdesk.

Both point at the Harborline Foundry resource; which deployment a call uses
is chosen per call from claimdesk.settings.
"""
from __future__ import annotations

import functools

from anthropic import AnthropicFoundry, AsyncAnthropicFoundry
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

from claimdesk import settings

_COGNITIVE_SCOPE = "https://cognitiveservices.azure.com/.default"


@functools.lru_cache(maxsize=1)
def _entra_token_provider():
    return get_bearer_token_provider(DefaultAzureCredential(), _COGNITIVE_SCOPE)


@functools.lru_cache(maxsize=1)
def foundry_client() -> AnthropicFoundry:
    if settings.FOUNDRY_API_KEY:
        return AnthropicFoundry(resource=settings.FOUNDRY_RESOURCE, api_key=settings.FOUNDRY_API_KEY)
    return AnthropicFoundry(
        resource=settings.FOUNDRY_RESOURCE,
        azure_ad_token_provider=_entra_token_provider(),
    )


@functools.lru_cache(maxsize=1)
def async_foundry_client() -> AsyncAnthropicFoundry:
    # The deployment sits in our own Foundry resource, so Azure's zero data
    # retention terms apply and Claude keeps none of the claim files we send.
    return AsyncAnthropicFoundry(
        resource=settings.FOUNDRY_RESOURCE,
        azure_ad_token_provider=_entra_token_provider(),
        max_retries=4,
    )
