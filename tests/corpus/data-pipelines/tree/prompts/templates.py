"""Prompt templates for CRM enrichment, filled from customer rows."""
from __future__ import annotations

from jinja2 import Template

from etl.foundry_client import MODEL, client

BIRTHDAY_OFFER = Template(
    "Write a birthday offer for {{ first_name }} ({{ tier }} tier) this month.\n"
    "Favourite aisle: {{ aisle }}. Send it to {{ email }}."
)

DELIVERY_APOLOGY = (
    "A delivery to {address} was late by {days} days. Customer phone: {phone}.\n"
    "Write a short SMS apology."
)

EMAIL_TEMPLATE = "Hi {first_name}, your order {order_id} has shipped."


def birthday_offer(customer) -> str:
    text = BIRTHDAY_OFFER.render(
        first_name=customer.first_name,
        tier=customer.loyalty_tier,
        aisle=customer.favourite_aisle,
        email=customer.email,
    )
    reply = client.messages.create(
        model=MODEL, max_tokens=300, messages=[{"role": "user", "content": text}]
    )
    return reply.content[0].text


def delivery_apology(order) -> str:
    text = DELIVERY_APOLOGY.format(
        address=order.shipping_address,
        days=order.days_late,
        phone=order.customer_phone,
    )
    reply = client.messages.create(
        model=MODEL, max_tokens=200, messages=[{"role": "user", "content": text}]
    )
    return reply.content[0].text


def improve_template() -> str:
    # Sends the template text itself (placeholders only, no customer values).
    reply = client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": "Make this friendlier: " + EMAIL_TEMPLATE}],
    )
    return reply.content[0].text


def preview_offer() -> str:
    text = BIRTHDAY_OFFER.render(
        first_name="<first name>", tier="gold", aisle="garden", email="shopper@example.com"
    )
    reply = client.messages.create(
        model=MODEL, max_tokens=300, messages=[{"role": "user", "content": text}]
    )
    return reply.content[0].text
