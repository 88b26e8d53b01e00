"""Support triage: routes inbound tickets to a queue."""
from __future__ import annotations

import json

from crmai.llm import DEFAULT_MODEL, client
from crmai.privacy import pseudonymize, redact_pii

# Anthropic does not use these prompts for model training (API default).
# TODO(privacy): check whether our Foundry agreement includes ZDR before
# we start attaching ticket files.


def route(ticket) -> str:
    msg = client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=20,
        system=(
            "Route the ticket to one of: billing, onboarding, bug, other. "
            "Never repeat the customer's email address, phone number or password."
        ),
        messages=[
            {
                "role": "user",
                "content": f"From: {pseudonymize(ticket.sender_email)}\n\n{redact_pii(ticket.body)}",
            }
        ],
        metadata={"user_id": ticket.requester_id},
    )
    return msg.content[0].text.strip().lower()


def classify_columns(table) -> str:
    # Column names only, never values.
    columns = ", ".join(col.name for col in table.columns)
    msg = client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": f"Which of these CRM columns hold personal data? {columns}"}],
    )
    return msg.content[0].text


def smoke_test() -> str:
    sample = {"email": "jane.doe@example.com", "phone": "<phone>", "password": "..."}
    msg = client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=20,
        messages=[{"role": "user", "content": "Route this test ticket: " + json.dumps(sample)}],
    )
    return msg.content[0].text
