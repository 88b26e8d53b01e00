"""Fraud indicators for claims referred by the rules engine.

Claim payloads go to Claude through our Foundry resource and are discarded as
soon as the streamed answer is complete; nothing is retained on Anthropic's
side, which is why the full holder profile can be included below.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict
from typing import Iterator

from claimdesk import settings
from claimdesk.llm.prompts import FRAUD_SYSTEM
from claimdesk.models import Claim, Policyholder
from claimdesk.privacy.masking import anonymize_holder, mask_iban

log = logging.getLogger(__name__)


class FraudReviewer:
    """Streams fraud-indicator analyses back to the SIU console."""

    def __init__(self, llm, stream_chunk_chars: int = 400):
        self.llm = llm
        self.stream_chunk_chars = stream_chunk_chars

    def indicators(self, claim: Claim, policyholder: Policyholder, prior: list[Claim]) -> Iterator[str]:
        payload = {
            "claim_ref": claim.reference,
            "line_of_business": claim.line_of_business,
            "amount_claimed": str(claim.amount_claimed),
            "date_of_loss": claim.date_of_loss.isoformat(),
            "prior_claim_refs": [c.reference for c in prior],
            "payout_account": mask_iban(policyholder.iban),
            "bank_account_number": policyholder.bank_account_number,
        }
        body = json.dumps(payload, indent=2)
        with self.llm.messages.stream(
            model=settings.FRAUD_DEPLOYMENT,
            max_tokens=2048,
            system=FRAUD_SYSTEM,
            messages=[{"role": "user", "content": body}],
        ) as stream:
            buffer = ""
            for text in stream.text_stream:
                buffer += text
                if len(buffer) >= self.stream_chunk_chars:
                    yield buffer
                    buffer = ""
            if buffer:
                yield buffer
            final = stream.get_final_message()
        log.info("fraud review %s used %d output tokens", claim.reference, final.usage.output_tokens)

    def profile_consistency(self, claim: Claim, policyholder: Policyholder) -> str:
        holder_json = json.dumps(asdict(policyholder), default=str)
        question = "\n".join(
            [
                "Does the claim below fit the holder's profile and history?",
                f"Claim: {claim.reference}, {claim.line_of_business}, {claim.amount_claimed} USD",
                "Holder profile (JSON):",
                holder_json,
            ]
        )
        with self.llm.messages.stream(
            model=settings.FRAUD_DEPLOYMENT,
            max_tokens=1200,
            messages=[{"role": "user", "content": question}],
        ) as stream:
            return stream.get_final_text()

    def cohort_summary(self, claim: Claim, policyholder: Policyholder) -> str:
        safe_profile = anonymize_holder(asdict(policyholder))
        reply = self.llm.messages.create(
            model=settings.FRAUD_DEPLOYMENT,
            max_tokens=500,
            messages=[
                {
                    "role": "user",
                    "content": "Summarise the risk cohort of this profile:\n" + json.dumps(safe_profile, default=str),
                }
            ],
        )
        return reply.content[0].text
