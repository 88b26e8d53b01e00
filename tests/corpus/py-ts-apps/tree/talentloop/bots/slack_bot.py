"""Slack bot that answers recruiter questions about a candidate."""
import logging

from slack_bolt import App

from talentloop.llm.client import client as foundry_client

log = logging.getLogger(__name__)


class RecruiterBot:
    def __init__(self, client, config):
        self.client = client
        self.config = config

    def answer(self, profile: dict, question: str) -> str:
        header = "Recruiter: " + profile["display_name"]
        contact = "Reach them at " + profile["email"]
        contact += " or " + profile["phone"]
        resp = self.client.messages.create(
            model=self.config["model"],
            max_tokens=self.config["max_tokens"],
            system=header + "\n" + contact,
            messages=[{"role": "user", "content": question}],
        )
        return resp.content[0].text

    def escalate(self, ticket_id: int, reason_code: str) -> str:
        log.info("escalating ticket %s for %s", ticket_id, self.config["oncall_email"])
        resp = self.client.messages.create(
            model=self.config["model"],
            max_tokens=200,
            messages=[
                {
                    "role": "user",
                    "content": f"Ticket {ticket_id} escalated with code {reason_code}. "
                    "Write a two-line status update. Escalation contact: dana.whitfield@talentloop.io",
                }
            ],
        )
        return resp.content[0].text


app = App(token="xoxb-placeholder")
bot = RecruiterBot(foundry_client, {"model": "claude-sonnet-4-5", "max_tokens": 600, "oncall_email": "ops@talentloop.io"})


@app.event("app_mention")
def on_mention(event, say, client):
    profile = client.users_profile_get(user=event["user"])["profile"]
    say(bot.answer(profile, event["text"]))
