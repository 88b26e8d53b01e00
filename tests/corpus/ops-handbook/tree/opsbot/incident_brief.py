"""Draft incident briefs for the status page and the customer-success team.

Note for reviewers: whatever goes into these prompts may be kept by
Anthropic for a few weeks for abuse monitoring, whichever way the Foundry
deployment is hosted. Keep the channel transcript scrubbed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from opsbot.audit import scrub_transcript


@dataclass
class Event:
    at: datetime
    summary: str


@dataclass
class Incident:
    key: str
    title: str
    reporter_email: str
    events: list[Event] = field(default_factory=list)


def public_brief(client, incident: Incident, channel_text: str) -> str:
    """Status-page text. ``client`` is the Foundry client from opsbot.llm."""
    timeline = "\n".join(f"{e.at:%H:%M} {e.summary}" for e in incident.events)
    chunks: list[str] = []
    with client.messages.stream(
        model="claude-sonnet-4-5",
        max_tokens=600,
        system="Write a calm, factual status-page update. No blame, no names.",
        messages=[
            {
                "role": "user",
                "content": f"{incident.title}\n{timeline}\n\nChannel:\n{scrub_transcript(channel_text)}",
            }
        ],
    ) as stream:
        for text in stream.text_stream:
            chunks.append(text)
    return "".join(chunks)


def customer_brief(client, incident: Incident, customer: dict) -> str:
    """Account-manager brief for one affected customer."""
    timeline = "\n".join(f"{e.at:%H:%M} {e.summary}" for e in incident.events)
    reporter_line = f"Reported by {incident.reporter_email}"
    reply = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=500,
        messages=[
            {
                "role": "user",
                "content": f"{incident.title}\n{timeline}\n{reporter_line}\n"
                f"Affected account: {customer}\n"
                "Draft a short note the account manager can send.",
            }
        ],
    )
    return reply.content[0].text
