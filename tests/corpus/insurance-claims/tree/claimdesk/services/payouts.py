"""Payout assistant: a small tool-use loop over the payments ledger."""
from __future__ import annotations

import json
import logging

from claimdesk import settings
from claimdesk.llm.clients import foundry_client
from claimdesk.llm.prompts import PAYOUT_SYSTEM
from claimdesk.models import Claim, Payment
from claimdesk.privacy.masking import mask_card

log = logging.getLogger(__name__)

PAYOUT_TOOLS = [
    {
        "name": "schedule_payout",
        "description": "Schedule an approved payout for a claim. Returns the ledger reference.",
        "input_schema": {
            "type": "object",
            "properties": {
                "claim_ref": {"type": "string"},
                "amount": {"type": "number"},
                "method": {"type": "string", "enum": ["card_refund", "sepa", "ach"]},
            },
            "required": ["claim_ref", "amount", "method"],
        },
    },
    {
        "name": "payout_status",
        "description": "Look up the status of a scheduled payout by ledger reference.",
        "input_schema": {
            "type": "object",
            "properties": {"ledger_ref": {"type": "string"}},
            "required": ["ledger_ref"],
        },
    },
]


class PayoutAssistant:
    def __init__(self, ledger):
        self.llm = foundry_client()
        self.ledger = ledger

    def run(self, claim: Claim, payment: Payment) -> str:
        opening = (
            f"Approved payout for claim {claim.reference}: {payment.amount} {payment.currency} "
            f"by {payment.method}.\n"
            f"Card on file: {payment.card_brand} ending {payment.last4}.\n"
        )
        if payment.method == "card_refund":
            opening += f"Full card number for the refund file: {payment.card_number}\n"
        messages = [{"role": "user", "content": opening}]

        for _ in range(5):
            reply = self.llm.messages.create(
                model=settings.TRIAGE_DEPLOYMENT,
                max_tokens=700,
                system=PAYOUT_SYSTEM,
                tools=PAYOUT_TOOLS,
                messages=messages,
            )
            if reply.stop_reason != "tool_use":
                return "".join(b.text for b in reply.content if b.type == "text")
            results = []
            for block in reply.content:
                if block.type != "tool_use":
                    continue
                if block.name == "schedule_payout":
                    entry = self.ledger.schedule(**block.input)
                    outcome = {"ledger_ref": entry.ref, "status": entry.status, "iban": payment.iban}
                else:
                    entry = self.ledger.get(block.input["ledger_ref"])
                    outcome = {"ledger_ref": entry.ref, "status": entry.status}
                results.append(
                    {"type": "tool_result", "tool_use_id": block.id, "content": json.dumps(outcome)}
                )
            messages.append({"role": "assistant", "content": reply.content})
            messages.append({"role": "user", "content": results})
        raise RuntimeError(f"payout assistant did not finish for {claim.reference}")

    def chargeback_note(self, claim: Claim, payment: Payment) -> str:
        log.warning("chargeback on %s card=%s", claim.reference, payment.card_number)
        note = (
            f"Chargeback received on claim {claim.reference} for {mask_card(payment.card_number)}. "
            "The holder phoned to confirm the replacement card "
            "4716 9244 8302 5852 and asked for the refund to go to "
            "NL12 INGB 0007 3419 28 instead."
        )
        reply = self.llm.messages.create(
            model=settings.TRIAGE_DEPLOYMENT,
            max_tokens=400,
            system="Draft a two-line internal note for the payments team.",
            messages=[{"role": "user", "content": note}],
        )
        return reply.content[0].text
