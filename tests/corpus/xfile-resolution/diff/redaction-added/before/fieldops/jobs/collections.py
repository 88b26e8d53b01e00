"""Dunning: a short, polite payment reminder tailored to each overdue account."""
from __future__ import annotations

from fieldops.config import settings
from fieldops.llm import claude
from fieldops.llm.runner import complete
from fieldops.privacy import mask_card


def dunning_note(account) -> str:
    text = (
        f"Overdue since {account.overdue_since:%d %b}, {account.overdue_amount} outstanding.\n"
        f"Card on file: {account.card_number}\n"
        f"Direct debit IBAN: {account.iban}\n"
        "Write a two-sentence reminder. Mention how they can pay."
    )
    return complete(claude, text, model=settings.claude_fast_model)


def dunning_note_safe(account) -> str:
    return complete(
        claude,
        f"{account.overdue_amount} outstanding on card {mask_card(account.card_number)}. "
        "Write a two-sentence reminder.",
        model=settings.claude_fast_model,
    )
