"""pandas transforms that enrich customer tables with Claude on Foundry."""
from __future__ import annotations

import json

import pandas as pd

from etl.foundry_client import MODEL, client


def _ask(text: str, max_tokens: int = 400) -> str:
    reply = client.messages.create(
        model=MODEL,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": text}],
    )
    return reply.content[0].text


def churn_explanations(customer_df: pd.DataFrame) -> str:
    records = customer_df.to_dict(orient="records")
    reply = client.messages.create(
        model=MODEL,
        max_tokens=1500,
        system="You are a retention analyst. Explain likely churn drivers.",
        messages=[{"role": "user", "content": json.dumps(records, default=str)}],
    )
    return reply.content[0].text


def contact_quality(customer_df: pd.DataFrame) -> str:
    sample = customer_df[["phone_number", "city"]].head(100).to_json(orient="records")
    reply = client.messages.create(
        model=MODEL,
        max_tokens=600,
        messages=[
            {"role": "user", "content": f"Which of these phone numbers look malformed?\n{sample}"}
        ],
    )
    return reply.content[0].text


def win_back_letters(lapsed: pd.DataFrame) -> list[str]:
    letters = []
    for _, r in lapsed.iterrows():
        prompt = "\n".join(
            [
                "Draft a friendly win-back letter.",
                f"Customer: {r['full_name']}",
                f"Ship to: {r.shipping_address}",
                f"Last order: {r['last_order_date']:%B %Y}",
                f"Basket size: {r['avg_basket']:.2f}",
            ]
        )
        reply = client.messages.create(
            model=MODEL,
            max_tokens=500,
            messages=[{"role": "user", "content": prompt}],
        )
        letters.append(reply.content[0].text)
    return letters


def column_docs(customer_df: pd.DataFrame) -> str:
    # Only column names and dtypes go to the model, never the values.
    schema = "\n".join(f"{c}: {t}" for c, t in customer_df.dtypes.astype(str).items())
    return _ask("Write one-line docs for each column of our customer table:\n" + schema)
