"""Dunning assistant: drafts the 'your payment failed' e-mail for finance."""
from __future__ import annotations

from crmai.llm import DEFAULT_MODEL, client
from crmai.privacy import mask_card
from crmai.retry import create_with_retry


def draft_dunning_email(invoice, account) -> str:
    facts = "\n".join(
        [
            f"Account: {account.name}",
            f"Amount due: {invoice.amount_due} {invoice.currency}",
            f"Card on file: {invoice.card_number}",
            f"Card expiry: {invoice.card_expiry}",
            f"Card ending: {invoice.card_last4}",
            f"Refund IBAN: {account.iban}",
        ]
    )
    msg = client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=700,
        system="You write polite, short dunning e-mails for a B2B CRM vendor.",
        messages=[{"role": "user", "content": facts}],
    )
    return msg.content[0].text


def draft_reminder(invoice) -> str:
    msg = create_with_retry(
        model=DEFAULT_MODEL,
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": f"Remind the customer that card {mask_card(invoice.card_number)} will be retried on {invoice.retry_on}.",
            }
        ],
    )
    return msg.content[0].text
