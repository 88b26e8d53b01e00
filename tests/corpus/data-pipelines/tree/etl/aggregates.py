"""Aggregate-only prompts: nothing that identifies a shopper reaches Claude."""
from __future__ import annotations

import hashlib

import pandas as pd

from etl.foundry_client import MODEL, client


def hash_email(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:16]


def mask_card(card_number: str) -> str:
    return "**** **** **** " + card_number[-4:]


def weekly_kpis(orders: pd.DataFrame) -> str:
    kpis = (
        orders.groupby(["region", "channel"])
        .agg(orders=("order_id", "count"), revenue=("net_amount", "sum"))
        .reset_index()
    )
    reply = client.messages.create(
        model=MODEL,
        max_tokens=700,
        messages=[{"role": "user", "content": "Comment on these KPIs:\n" + kpis.to_markdown()}],
    )
    return reply.content[0].text


def repeat_buyers(orders: pd.DataFrame) -> str:
    buyers = orders.assign(shopper=orders["email"].map(hash_email))
    counts = buyers.groupby("shopper").size().describe().to_dict()
    reply = client.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": f"Distribution of orders per shopper: {counts}"}],
    )
    return reply.content[0].text


def chargeback_summary(chargebacks: pd.DataFrame) -> str:
    lines = []
    for _, cb in chargebacks.iterrows():
        lines.append(f"{hash_email(cb['email'])}: {mask_card(cb['card_number'])} {cb['reason_code']}")
    reply = client.messages.create(
        model=MODEL,
        max_tokens=500,
        messages=[{"role": "user", "content": "Group these chargebacks by reason:\n" + "\n".join(lines)}],
    )
    return reply.content[0].text


def explain_columns() -> str:
    # Column names only. The prompt mentions the email, phone and date of birth
    # columns by name so Claude can suggest masking rules; no values are sent.
    prompt = (
        "Our customers table has columns: customer_id, email, phone, "
        "date_of_birth, loyalty_tier, card_last4. Suggest a masking rule per column."
    )
    reply = client.messages.create(
        model=MODEL,
        max_tokens=max(200, len(prompt)),
        messages=[{"role": "user", "content": prompt}],
    )
    return reply.content[0].text
