"""Slack handler for deskbot (written before AnthropicFoundry existed)."""
import json
import os

import anthropic

FOUNDRY_URL = "https://helpdesk-ai.services.ai.azure.com/anthropic"

claude = anthropic.Anthropic(
    base_url=FOUNDRY_URL,
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)


def onboarding_checklist(user: dict) -> str:
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=600,
        messages=[
            {
                "role": "user",
                "content": "Make an onboarding checklist for this new hire:\n"
                + json.dumps(user),
            }
        ],
    )
    return msg.content[0].text


def courier_note(employee: dict) -> str:
    home_address = employee["home_address"]
    note = f"Ship the replacement laptop to {home_address}. Write a short courier note."
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=200,
        messages=[{"role": "user", "content": note}],
    )
    return msg.content[0].text


def vpn_reset(employee: dict, vpn_password: str) -> str:
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=300,
        system="You help staff reconnect to the corporate VPN.",
        messages=[
            {
                "role": "user",
                "content": f"{employee['full_name']} cannot connect. "
                f"New VPN password set to {vpn_password}; explain next steps.",
            }
        ],
    )
    return msg.content[0].text


def queue_digest(counts: dict) -> str:
    # Aggregates only: number of tickets per queue, no people.
    lines = "\n".join(f"{queue}: {n}" for queue, n in sorted(counts.items()))
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Summarise today's queue sizes:\n{lines}"}],
    )
    return msg.content[0].text
