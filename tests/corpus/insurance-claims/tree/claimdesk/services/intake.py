"""First-notice-of-loss triage."""
from __future__ import annotations

import json
import logging
from dataclasses import asdict

from claimdesk import settings
from claimdesk.llm.clients import foundry_client
from claimdesk.llm.prompts import TRIAGE_SYSTEM
from claimdesk.models import Claim, Policyholder, RepairEstimate
from claimdesk.privacy.masking import hash_email, redact_ssn, scrub_free_text

log = logging.getLogger(__name__)

SEVERITY_WORDS = ("fire", "flood", "collapse", "hospital", "fatal")


class IntakeTriage:
    def __init__(self, llm=None):
        self.llm = llm or foundry_client()

    def triage(self, claim: Claim, holder: Policyholder) -> dict:
        # Anthropic may keep these prompts for up to 30 days (Azure ZDR does
        # not cover Claude), so free text is scrubbed before it goes out.
        lines = [
            f"Claim {claim.reference} on policy {claim.policy_ref} ({claim.line_of_business})",
            f"Date of loss: {claim.date_of_loss:%Y-%m-%d}",
            f"Reporter key: {hash_email(holder.email)}",
            f"Holder born on {holder.date_of_birth:%Y-%m-%d}",
        ]
        if claim.line_of_business == "bodily_injury":
            lines.append(f"Medical report says: {claim.diagnosis}")
        lines.append("Loss description:")
        lines.append(scrub_free_text(claim.description))
        if any(word in claim.description.lower() for word in SEVERITY_WORDS):
            lines.append("Keyword screen: possibly severe")
        prompt = "\n".join(lines)

        log.info("triaging %s for holder ssn=%s", claim.reference, holder.ssn)
        response = self.llm.messages.create(
            model=settings.TRIAGE_DEPLOYMENT,
            max_tokens=settings.TRIAGE_MAX_TOKENS,
            system=TRIAGE_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
            metadata={"user_id": hash_email(holder.email)},
        )
        log.info(
            "triage done claim=%s input_tokens=%d output_tokens=%d",
            claim.reference,
            response.usage.input_tokens,
            response.usage.output_tokens,
        )
        return {"claim": claim.reference, "triage": response.content[0].text}

    def reserve_hint(self, claim: Claim, holder: Policyholder) -> str:
        template = (
            "Claim {ref}: {amount} USD claimed under {lob}.\n"
            "Identity check: {ssn_tail}. Contact number on file: {contact}.\n"
            "Suggest an initial reserve and one sentence of reasoning."
        )
        text = template.format(
            ref=claim.reference,
            amount=claim.amount_claimed,
            lob=claim.line_of_business,
            ssn_tail=redact_ssn(holder.ssn),
            contact=holder.phone,
        )
        request = {
            "model": settings.TRIAGE_DEPLOYMENT,
            "messages": [{"role": "user", "content": text}],
        }
        token_count = self.llm.messages.count_tokens(**request).input_tokens
        if token_count > 2000:
            raise ValueError(f"reserve prompt too long: {token_count} tokens")
        reply = self.llm.messages.create(max_tokens=300, **request)
        return reply.content[0].text

    def estimate_review(self, estimate: RepairEstimate) -> str:
        body = json.dumps(asdict(estimate), default=str, indent=2)
        reply = self.llm.messages.create(
            model=settings.TRIAGE_DEPLOYMENT,
            max_tokens=600,
            system="Check this contractor estimate for duplicated or inflated line items.",
            messages=[{"role": "user", "content": body}],
        )
        return reply.content[0].text
