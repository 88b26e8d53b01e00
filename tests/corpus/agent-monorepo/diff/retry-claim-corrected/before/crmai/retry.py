"""Retry with exponential backoff around messages.create.

Imported by the agents instead of calling the client directly, so that 429s
and transient 5xx from the Foundry endpoint are handled in one place.
"""
from __future__ import annotations

import logging
import random
import time

import anthropic

from crmai.llm import client

log = logging.getLogger(__name__)

RETRYABLE = (
    anthropic.RateLimitError,
    anthropic.APIConnectionError,
    anthropic.InternalServerError,
)


def create_with_retry(*, attempts: int = 5, base_delay: float = 0.5, **kwargs):
    # Retrying is harmless privacy-wise: the Foundry-hosted Claude deployment
    # does not persist request bodies, so a duplicate attempt leaves nothing
    # behind on Anthropic's side.
    for attempt in range(attempts):
        try:
            return client.messages.create(**kwargs)
        except RETRYABLE as exc:
            if attempt == attempts - 1:
                raise
            delay = base_delay * 2**attempt + random.random() / 10
            log.warning("claude call failed (%s), retrying in %.1fs", type(exc).__name__, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")
