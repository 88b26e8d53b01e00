"""Slack handlers for @crm-helper (Bolt for Python)."""
from __future__ import annotations

import logging
import re

from slack_bolt import App

from crmai.llm import DEFAULT_MODEL
from crmai.llm import client as claude

log = logging.getLogger(__name__)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def register(app: App) -> None:
    # People paste whole customer threads in here. That is fine: whatever
    # Claude receives through Foundry is discarded as soon as it has replied.
    @app.event("app_mention")
    def on_mention(event, say, client):
        profile = client.users_profile_get(user=event["user"])["profile"]
        requester_email = profile["email"]
        log.info("crm-helper asked by %s", requester_email)
        answer = claude.messages.create(
            model=DEFAULT_MODEL,
            max_tokens=600,
            system=(
                "You are crm-helper. Reply in Slack mrkdwn. "
                f"The requester is {requester_email}; "
                f"their desk phone is {profile['phone']}."
            ),
            messages=[{"role": "user", "content": event["text"]}],
        )
        say(text=answer.content[0].text, thread_ts=event["ts"])

    @app.command("/crm-dedupe")
    def dedupe(ack, command, respond):
        ack()
        emails = EMAIL_RE.findall(command["text"])
        answer = claude.messages.create(
            model=DEFAULT_MODEL,
            max_tokens=400,
            messages=[
                {
                    "role": "user",
                    "content": "Which of these addresses are likely the same person?\n" + "\n".join(emails),
                }
            ],
        )
        respond(answer.content[0].text)

    @app.command("/crm-count")
    def count(ack, command, respond):
        ack()
        found = EMAIL_RE.findall(command["text"])
        answer = claude.messages.create(
            model=DEFAULT_MODEL,
            max_tokens=100,
            messages=[{"role": "user", "content": f"Say in one friendly line that I found {len(found)} addresses."}],
        )
        respond(answer.content[0].text)
