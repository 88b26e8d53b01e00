"""One-off: replay ticket #48213 through the triage prompt after the 3 Nov outage.

    python scripts/replay_ticket.py
"""
import json

from fieldops.config import settings
from fieldops.llm import claude
from fieldops.notify.sms import SmsNotifier

TICKET = {
    "id": 48213,
    "from": "marisol.quintero@coxmail.net",
    "callback": "+1 757-418-2290",
    "card": "4716 3290 8551 7209",
    "text": "Tech left the side gate open and our dog got out. Refund the call-out fee to the card above.",
}

result = claude.messages.create(
    model=settings.claude_model,
    max_tokens=300,
    system="Classify the ticket: billing, quality, damage, no-show or other.",
    messages=[{"role": "user", "content": json.dumps(TICKET)}],
)
print(result.content[0].text)

# Let the customer know we looked at it again.
SmsNotifier().client.messages.create(
    to="+1 757-418-2290",
    from_=settings.twilio_from_number,
    body="We re-reviewed ticket 48213 and will call you today.",
)
