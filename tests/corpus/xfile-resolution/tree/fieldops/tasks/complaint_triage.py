"""Complaint triage: label incoming complaints and draft a first reply."""
from __future__ import annotations

import logging

from fieldops.llm import ClaudeTask

log = logging.getLogger(__name__)

LABELS = ("billing", "quality", "damage", "no-show", "other")


class ComplaintTriage(ClaudeTask):
    system_prompt = "Classify home-services complaints. Answer with one label only."
    max_tokens = 10

    def classify(self, complaint) -> str:
        log.info("classifying complaint %s from %s", complaint.id, complaint.customer.email)
        prompt = (
            f"Labels: {', '.join(LABELS)}\n"
            f"Complaint: {complaint.body}\n"
        )
        return self.ask(
            prompt,
            metadata={"user_id": complaint.customer.email},
        )

    def draft_reply(self, complaint) -> str:
        # Uses the inherited client directly so we can prefill the reply's opening.
        customer = complaint.customer
        response = self.client.messages.create(
            model=self.model,
            max_tokens=500,
            system="You write calm, specific apologies for a home-services company.",
            messages=[
                {
                    "role": "user",
                    "content": (
                        f"Complaint: {complaint.body}\n"
                        f"Customer first name: {customer.first_name}\n"
                        f"Reply-to: {customer.email}\n"
                    ),
                },
                {"role": "assistant", "content": "Dear"},
            ],
        )
        return "Dear" + response.content[0].text
