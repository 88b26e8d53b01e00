"""Shift handover notes for the outgoing on-call engineer."""
from opsbot.llm import MODEL, client


def handover_note(profile: dict, open_incidents: list[str]) -> str:
    who = {
        "handle": profile["display_handle"],
        "email": profile["email"],
        "tz": profile.get("tz", "UTC"),
    }
    reply = client.messages.create(
        model=MODEL,
        max_tokens=400,
        messages=[
            {
                "role": "user",
                "content": f"Write a handover note for {who}. Open: {', '.join(open_incidents)}",
            }
        ],
    )
    return reply.content[0].text
