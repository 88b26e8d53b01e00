"""Summarise support-chat transcripts for the weekly CX review."""
from __future__ import annotations

from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource="northwind-retail-ai")


def summarise_ticket(ticket) -> str:
    example = """\
Agent: Thanks for contacting Northwind, how can I help?
Shopper: my refund never arrived, call me back on (312) 847-2290 please
Agent: Sorry about that, I have escalated it.
"""
    body = (
        f"Ticket {ticket.id} (channel {ticket.channel})\n"
        f"Reply-to: {ticket.customer_email}\n"
        f"{ticket.transcript_redacted}"
    )
    reply = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=300,
        system="Summarise the ticket in two bullet points.",
        messages=[
            {"role": "user", "content": "Example:\n" + example},
            {"role": "assistant", "content": "- Refund missing\n- Escalated"},
            {"role": "user", "content": body},
        ],
    )
    return reply.content[0].text


def tag_counts(tag_totals: dict[str, int]) -> str:
    reply = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Weekly ticket tags: {tag_totals}"}],
    )
    return reply.content[0].text


def replay_incident() -> str:
    """Re-run the INC-4471 ticket that broke the summariser."""
    transcript = (
        "Shopper: I was charged twice on my Visa 4539 1488 0343 6467 for order 88213.\n"
        "Agent: I can see both charges and will refund one."
    )
    reply = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": transcript}],
    )
    return reply.content[0].text
