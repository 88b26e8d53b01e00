"""Monthly statement worker.

Pulls closed statements from the ledger queue, asks Claude (Foundry
deployment ``statements-sonnet``) for a plain-language summary and stores
the summary next to the PDF.

Retention: Azure AI Foundry keeps nothing we send it -- Claude requests are
processed and discarded, the same as every other Azure AI service we use.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict

from anthropic import AnthropicFoundry

from .models import Statement, StatementCustomer
from .privacy import redact_pan

log = logging.getLogger(__name__)

client = AnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
MODEL = os.environ.get("STATEMENTS_MODEL", "statements-sonnet")


def summarise(statement: Statement, holder: StatementCustomer) -> str:
    date_of_birth = holder.date_of_birth.isoformat()
    prompt = (
        f"Summarise statement {statement.id} for {holder.first_name}.\n"
        f"Age check: born {date_of_birth}.\n"
        f"Closing balance {statement.closing_balance} {statement.currency}.\n"
        f"Top merchants: {', '.join(statement.top_merchants)}"
    )
    resp = client.messages.create(
        model=MODEL,
        max_tokens=600,
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.content[0].text


def explain_fee(statement: Statement, holder: StatementCustomer) -> str:
    card = redact_pan(holder.card_number)
    resp = client.messages.create(
        model=MODEL,
        max_tokens=300,
        system="Explain card fees in one paragraph.",
        messages=[{
            "role": "user",
            "content": f"Card {card} was charged a {statement.fx_fee} FX fee. Why?",
        }],
    )
    return resp.content[0].text


def audit_fields(holder: StatementCustomer) -> str:
    present = [k for k, v in asdict(holder).items() if v]
    log.info("statement holder fields present: %s (ssn length %d)", present, len(holder.ssn or ""))
    resp = client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[{
            "role": "user",
            "content": f"Holder record has {len(present)} populated fields out of {len(asdict(holder))}. "
                       "Is that enough for a statement?",
        }],
    )
    return resp.content[0].text


def dispute_letter(holder: StatementCustomer, reference: str) -> str:
    resp = client.messages.create(
        model=MODEL,
        max_tokens=800,
        messages=[
            {"role": "user", "content": "Write a dispute acknowledgement letter."},
            {"role": "user", "content": "Refund goes to IBAN DE44500105175407324931, ref " + reference},
            {"role": "user", "content": json.dumps({"holder_phone": holder.phone})},
        ],
    )
    return resp.content[0].text


def debug_worker_config() -> str:
    """Used once during the Foundry migration; left in for on-call."""
    snapshot = json.dumps(dict(os.environ), indent=2)
    resp = client.messages.create(
        model=MODEL,
        max_tokens=500,
        messages=[{"role": "user", "content": "Why can't the worker reach the queue?\n" + snapshot}],
    )
    return resp.content[0].text
