"""Offer letter drafting. Offer rows come straight from Postgres."""
from fastapi import APIRouter

from talentloop.db import fetch_offer_row
from talentloop.llm.client import MODEL, client

router = APIRouter(prefix="/offers")

LETTER_TEMPLATE = "Draft an offer letter for {name} at a base of {base} USD per year."


@router.post("/{offer_id}/letter")
def draft_letter(offer_id: int):
    row = fetch_offer_row(offer_id)
    text = LETTER_TEMPLATE.format(
        name=row["full_name"],
        base=row["salary"],
    )
    deposit = "Direct deposit: account %s, routing %s" % (
        row["bank_account_number"],
        row["routing_number"],
    )
    msg = client.messages.create(
        model=MODEL,
        max_tokens=1200,
        messages=[{"role": "user", "content": text + "\n" + deposit}],
    )
    return {"letter": msg.content[0].text}


@router.post("/{offer_id}/intl")
def draft_intl_letter(offer_id: int):
    row = fetch_offer_row(offer_id)
    body = {
        "offer_id": offer_id,
        "currency": row["currency"],
        "iban": row["iban"],
    }
    msg = client.messages.create(
        model=MODEL,
        max_tokens=1200,
        messages=[{"role": "user", "content": f"Prepare the payroll setup note: {body}"}],
        metadata={"user_id": str(offer_id)},
    )
    return {"note": msg.content[0].text}
