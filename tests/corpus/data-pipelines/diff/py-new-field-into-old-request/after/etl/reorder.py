"""Re-order nudges for lapsed shoppers."""
from etl.foundry_client import MODEL, client


def reorder_nudge(row) -> str:
    prompt = (
        "Write a one-line re-order nudge.\n"
        f"Usual items: {row['usual_items']}\n"
        f"Days since last order: {row['days_since_order']}\n"
        f"Loyalty e-mail: {row['email']}\n"
        f"Mobile for SMS: {row['mobile_phone']}\n"
    )
    reply = client.messages.create(
        model=MODEL,
        max_tokens=80,
        messages=[{"role": "user", "content": prompt}],
    )
    return reply.content[0].text
