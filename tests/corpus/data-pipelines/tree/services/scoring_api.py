"""FastAPI service that scores basket-abandonment risk with Claude on Foundry."""
from __future__ import annotations

import hashlib
from datetime import date

from anthropic import AsyncAnthropicFoundry
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI(title="abandonment-scorer")
claude = AsyncAnthropicFoundry(resource="northwind-retail-ai")


class CustomerIn(BaseModel):
    customer_id: str
    email: str
    date_of_birth: date
    card_number: str | None = None
    cart_items: list[str]
    cart_value: float


def pseudonymize(value: str) -> str:
    return hashlib.blake2b(value.encode(), digest_size=8).hexdigest()


@app.post("/score")
async def score(customer: CustomerIn) -> dict:
    """Score one open cart.

    The request body goes straight to the Claude deployment in Foundry. Nothing
    is written to disk by the model side: Microsoft's abuse-monitoring opt-out on
    our AI Services resource means the prompt is not logged or kept.
    """
    reply = await claude.messages.create(
        model="claude-haiku-4-5",
        max_tokens=50,
        messages=[
            {
                "role": "user",
                "content": (
                    f"Shopper {pseudonymize(customer.customer_id)}, "
                    f"cart {customer.cart_items} worth {customer.cart_value:.2f}. "
                    "Return an abandonment risk from 0 to 1."
                ),
            }
        ],
    )
    return {"risk": reply.content[0].text}


@app.post("/explain")
async def explain(customer: CustomerIn) -> dict:
    reply = await claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=300,
        system="Explain the abandonment score to a CRM agent.",
        messages=[{"role": "user", "content": customer.model_dump_json()}],
    )
    return {"explanation": reply.content[0].text}


@app.post("/dob-check")
async def dob_check(customer: CustomerIn) -> dict:
    reply = await claude.messages.create(
        model="claude-haiku-4-5",
        max_tokens=30,
        messages=[
            {
                "role": "user",
                "content": f"Is {customer.date_of_birth.isoformat()} plausible for a loyalty member?",
            }
        ],
    )
    return {"verdict": reply.content[0].text}
