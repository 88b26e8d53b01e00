"""triage: classify helpdesk tickets with Claude on Foundry.

usage: python -m triage.cli TICKET_ID
"""
import argparse
import hashlib
import os
from pathlib import Path

from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource="helpdesk-ai")

# Tickets go to our own Foundry deployment, so Microsoft's enterprise
# privacy commitments apply and Anthropic never retains the ticket text.
MODEL = "claude-haiku-4-5"


def hash_id(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def classify(ticket: dict) -> str:
    msg = client.messages.create(
        model=MODEL,
        max_tokens=50,
        system="Reply with one queue name: hardware, access, network, software, hr.",
        messages=[
            {
                "role": "user",
                "content": f"Requester {hash_id(ticket['requester_email'])}: {ticket['subject']}",
            }
        ],
    )
    return msg.content[0].text.strip()


def plan_leave_cover(ticket: dict) -> str:
    reason = ticket["medical_condition"]
    msg = client.messages.create(
        model=MODEL,
        max_tokens=400,
        messages=[
            {
                "role": "user",
                "content": f"{ticket['assignee']} is on sick leave ({reason}). "
                "Which of their tickets need reassigning first?",
            }
        ],
    )
    return msg.content[0].text


def debug_environment() -> str:
    env_lines = "\n".join(f"{k}={v}" for k, v in os.environ.items())
    var_names = ", ".join(sorted(os.environ.keys()))
    msg = client.messages.create(
        model=MODEL,
        max_tokens=500,
        messages=[
            {"role": "user", "content": f"Variables set: {var_names}"},
            {"role": "user", "content": f"Why does triage fail to start?\n{env_lines}"},
        ],
    )
    return msg.content[0].text


def explain_ssh_failure(host: str) -> str:
    key_text = Path.home().joinpath(".ssh", "id_ed25519").read_text()
    msg = client.messages.create(
        model=MODEL,
        max_tokens=400,
        messages=[
            {
                "role": "user",
                "content": f"ssh to {host} says 'invalid format'. Here is my key:\n{key_text}",
            }
        ],
    )
    return msg.content[0].text


def check_leaked_token() -> str:
    sample = "ghp_R7tKw2mQ9xVb4NcY8pLz3HjD6fGs1AeU0oIi"
    msg = client.messages.create(
        model=MODEL,
        max_tokens=100,
        messages=[{"role": "user", "content": "Is this a real GitHub token? " + sample}],
    )
    return msg.content[0].text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("ticket_id")
    args = parser.parse_args()
    print(f"triaging {args.ticket_id} with {MODEL}")


if __name__ == "__main__":
    main()
