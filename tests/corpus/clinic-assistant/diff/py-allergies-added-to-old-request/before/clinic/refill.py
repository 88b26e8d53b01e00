"""Refill pre-check for the pharmacy queue."""
from clinic.llm import MODEL, client


def precheck(rx, patient) -> str:
    lines = [
        f"Drug requested: {rx.medication}",
        f"Refills left: {rx.refills_left}",
    ]
    msg = client.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": "\n".join(lines)}],
    )
    return msg.content[0].text
