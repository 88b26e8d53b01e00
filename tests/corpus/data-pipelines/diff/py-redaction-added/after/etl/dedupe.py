"""Ask Claude whether two loyalty accounts are the same shopper."""
import hashlib

from etl.foundry_client import MODEL, client


def hash_email(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:16]


def same_shopper(a, b) -> str:
    prompt = (
        "Are these the same shopper? Answer yes or no.\n"
        f"A: {hash_email(a['email'])} / {a['home_store']} / {a['orders']} orders\n"
        f"B: {hash_email(b['email'])} / {b['home_store']} / {b['orders']} orders\n"
    )
    reply = client.messages.create(
        model=MODEL, max_tokens=5, messages=[{"role": "user", "content": prompt}]
    )
    return reply.content[0].text
