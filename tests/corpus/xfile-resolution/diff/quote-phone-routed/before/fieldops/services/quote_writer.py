"""Writes the cover letter that goes out with every estimate."""
from __future__ import annotations

import json
import logging

from anthropic import AnthropicFoundry

log = logging.getLogger(__name__)


class QuoteWriter:
    def __init__(self, llm: AnthropicFoundry, model: str) -> None:
        self._llm = llm
        self._model = model

    def draft(self, customer, estimate) -> str:
        log.info("drafting quote %s for %s", estimate.id, customer.email)
        facts = {
            "customer_name": customer.full_name,
            "site_address": customer.home_address,
            "scope": estimate.scope_summary,
            "total": f"{estimate.total:.2f}",
            "valid_days": estimate.valid_days,
            "email_template": "quote_cover_v3",
        }
        msg = self._llm.messages.create(
            model=self._model,
            max_tokens=900,
            system="Write a friendly, plain-English cover letter for this estimate.",
            messages=[{"role": "user", "content": json.dumps(facts)}],
            extra_headers={"x-tidewater-customer": customer.email},
        )
        return msg.content[0].text

    def estimate_cost(self, estimate) -> int:
        count = self._llm.messages.count_tokens(
            model=self._model,
            messages=[{"role": "user", "content": estimate.scope_summary}],
        )
        return count.input_tokens
