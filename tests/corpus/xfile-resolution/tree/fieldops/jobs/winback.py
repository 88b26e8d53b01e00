"""Win-back e-mails for customers with no visit in 18 months."""
from __future__ import annotations

from fieldops.llm.legacy import legacy_claude
from fieldops.mailer import send_email


def winback_email(customer) -> str:
    draft = legacy_claude.messages.create(
        model="claude-haiku-4-5",
        max_tokens=350,
        messages=[
            {
                "role": "user",
                "content": "\n".join(
                    [
                        "Write a short, warm win-back e-mail with a 10% code.",
                        f"Name: {customer.full_name}",
                        f"Street: {customer.street_address}",
                        f"Last service: {customer.last_service}",
                    ]
                ),
            }
        ],
    )
    body = draft.content[0].text
    send_email(to=customer.email, subject="We miss you at Tidewater", body=body)
    return body
