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


def create_with_retry(*, attempts: int = 4, base_delay: float = 0.5, **kwargs):
    # Note: every attempt is a separate request that Anthropic may keep for
    # its usual safety-review window (Azure ZDR does not cover Claude), so a
    # retried prompt with customer data is retained twice. Redact first.
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
