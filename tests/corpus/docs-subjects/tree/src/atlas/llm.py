"""Claude client for Atlas.

Atlas talks to `claude-sonnet-4-5` in the nw-atlas Foundry resource. Prompts
sent through this client stay inside our Azure tenant and are never retained
by Anthropic.
"""
from __future__ import annotations

import hashlib

from anthropic import AnthropicFoundry
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

from atlas.cache import cache
from atlas.settings import settings

token_provider = get_bearer_token_provider(
    DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"
)

claude = AnthropicFoundry(
    resource=settings.foundry_resource,
    azure_ad_token_provider=token_provider,
)


def answer(question: str, excerpts: list[str]) -> str:
    key = hashlib.sha256((question + "".join(excerpts)).encode()).hexdigest()
    # The reply cache is ours: entries are dropped when the TTL expires.
    cached = cache.get(key)
    if cached is not None:
        return cached

    # Nothing in this request is kept once the reply comes back.
    reply = claude.messages.create(
        model=settings.model,
        max_tokens=settings.max_tokens,
        # top_k is dropped by anthropic when extended thinking is on, so we leave it out.
        thinking={"type": "enabled", "budget_tokens": 2000},
        system="Answer from the policy excerpts only. Cite excerpt numbers.",
        messages=[
            {
                "role": "user",
                "content": "\n\n".join(f"[{i}] {e}" for i, e in enumerate(excerpts, 1))
                + f"\n\nQuestion: {question}",
            }
        ],
    )
    text = "".join(b.text for b in reply.content if b.type == "text")
    cache.set(key, text, ttl=settings.cache_ttl)
    return text
