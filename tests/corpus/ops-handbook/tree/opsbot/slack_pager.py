"""Slack-facing helpers: paging, escalation and welcome messages."""
from __future__ import annotations

import json
import logging
import os

from slack_sdk import WebClient

from opsbot.audit import mask_phone
from opsbot.llm import MODEL, legacy_client as claude

log = logging.getLogger(__name__)
slack = WebClient(token=os.environ.get("SLACK_BOT_TOKEN"))


def draft_page(user_id: str, incident: str) -> str:
    info = slack.users_info(user=user_id)
    profile = info["user"]["profile"]
    contact = {
        "first_name": profile["first_name"],
        "last_name": profile["last_name"],
        "email": profile["email"],
        "tz": info["user"].get("tz", "UTC"),
        "email_template": "oncall-page-v2",
    }
    log.info("paging %s for %s", profile["email"], incident)
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": f"Draft a short page about {incident} for this engineer:\n"
                + json.dumps(contact),
            }
        ],
    )
    return reply.content[0].text


def sms_text(user_id: str, incident: str) -> str:
    profile = slack.users_profile_get(user=user_id)["profile"]
    # Fine to include the on-call's phone number here: the Foundry endpoint
    # keeps nothing once it has answered.
    phone = profile.get("phone")
    ask = "Write a 140-character SMS about {} to be sent to {}.".format(incident, phone)
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=100,
        messages=[{"role": "user", "content": ask}],
    )
    return reply.content[0].text


def sms_preview(user_id: str, incident: str) -> str:
    profile = slack.users_profile_get(user=user_id)["profile"]
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=100,
        messages=[
            {
                "role": "user",
                "content": f"Preview an SMS about {incident} for {mask_phone(profile['phone'])}.",
            }
        ],
    )
    return reply.content[0].text


def escalate(incident: str, minutes_open: int) -> str:
    system = "\n".join(
        [
            "You draft escalation messages for Larkspur platform ops.",
            "Escalation manager: Dana Whitfield <dana.whitfield@larkspur-logistics.com>",
            "Out-of-hours bridge line: +1 312 628 4471",
            "Keep it under 80 words.",
        ]
    )
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=250,
        system=system,
        messages=[{"role": "user", "content": f"{incident} has been open {minutes_open} minutes."}],
    )
    return reply.content[0].text


def welcome(user_id: str) -> str:
    user = slack.users_info(user=user_id)["user"]
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[
            {"role": "user", "content": f"Write a two-line welcome for this new joiner: {user}"},
        ],
    )
    return reply.content[0].text
