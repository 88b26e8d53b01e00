from marketplace.llm import foundry_client
from marketplace.privacy import hash_email


def followup_note(order):
    buyer_ref = hash_email(order.buyer.email)
    msg = foundry_client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=150,
        messages=[{"role": "user", "content": f"Order {order.pk} for {buyer_ref} shipped late. Draft a follow-up."}],
    )
    return msg.content[0].text
