"""Posts escalations to the ops channel."""
from __future__ import annotations

from slack_sdk import WebClient

from fieldops.config import settings


class OpsChannel:
    def __init__(self, token: str | None = None) -> None:
        self.client = WebClient(token=token or settings.slack_bot_token)

    def escalate(self, complaint, label: str) -> None:
        customer = complaint.customer
        self.client.chat_postMessage(
            channel="#ops-escalations",
            text=(
                f":rotating_light: {label} complaint from {customer.full_name} "
                f"<mailto:{customer.email}|{customer.email}>, call back on {customer.phone_number}\n"
                f"> {complaint.body}"
            ),
        )
