"""Outbound e-mail through Azure Communication Services."""
from __future__ import annotations

import logging
import os

from azure.communication.email import EmailClient

log = logging.getLogger(__name__)

_client = EmailClient.from_connection_string(os.environ["ACS_CONNECTION_STRING"])
SENDER = "claims@notify.harborline-mutual.com"


def queue(to: str, subject: str, body: str) -> str:
    poller = _client.begin_send(
        {
            "senderAddress": SENDER,
            "recipients": {"to": [{"address": to}]},
            "content": {"subject": subject, "plainText": body},
        }
    )
    log.info("queued mail to=%s subject=%r", to, subject)
    return poller.result()["id"]
