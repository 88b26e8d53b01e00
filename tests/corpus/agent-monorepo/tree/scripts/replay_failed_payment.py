"""Replay one failed-payment support ticket against the dunning prompt (local debugging).

Run: uv run python scripts/replay_failed_payment.py
"""
import json

from crmai.llm import DEFAULT_MODEL, client

ticket = {
    "subject": "Card declined again",
    "from": "marguerite.okafor@brightlane-logistics.com",
    "callback": "+1 312 648 2290",
    "body": "Hi, my card 5425 5260 1815 9087 was declined again. Please retry it today.",
    "refund_to": "DE40500105170824628194",
    "reply_to": "billing@example.com",
}

response = client.messages.create(
    model=DEFAULT_MODEL,
    max_tokens=600,
    system="Draft a reply from the billing team.",
    messages=[{"role": "user", "content": json.dumps(ticket, indent=2)}],
)
print(response.content[0].text)
