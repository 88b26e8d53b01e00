"""Who-is lookup: asks Claude to draft an intro message for a requester."""
from deskbot.claude_client import MODEL, client, mask_email


def intro(profile: dict) -> str:
    msg = client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[
            {
                "role": "user",
                "content": f"Draft a hello to {mask_email(profile['email'])} about their ticket.",
            }
        ],
    )
    return msg.content[0].text
