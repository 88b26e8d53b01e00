"""Letters and e-mails to policyholders, drafted by Claude and sent by the mailer."""
from __future__ import annotations

import logging

from claimdesk import settings
from claimdesk.llm.prompts import LETTER_SYSTEM
from claimdesk.models import Claim, Policyholder
from claimdesk.notifications import mailer

log = logging.getLogger(__name__)

STYLE_EXAMPLE = """Example of the redaction style we expect in drafts:
Dear Ms Example, we wrote to jane.doe@example.com about the card ending 1111
(test card 4111 1111 1111 1111) and the SSN on file, xxx-xx-xxxx.
"""


def draft_decision_letter(llm, claim: Claim, holder: Policyholder, decision: str) -> str:
    """Draft the decision letter; the adjuster reviews it before it is sent."""
    email_subject = f"Your claim {claim.reference}: our decision"
    parts = [
        STYLE_EXAMPLE,
        f"Decision: {decision}",
        f"Claim reference: {claim.reference}, date of loss {claim.date_of_loss:%d %B %Y}",
        f"Subject line to use: {email_subject}",
        f"Send the letter to {holder.mailing_address}",
        f"If they have not set up portal access, point them to {settings.PASSWORD_RESET_URL}",
    ]
    reply = llm.messages.create(
        model=settings.TRIAGE_DEPLOYMENT,
        max_tokens=settings.LETTER_MAX_TOKENS,
        system=LETTER_SYSTEM,
        messages=[{"role": "user", "content": "\n\n".join(parts)}],
    )
    letter = reply.content[0].text
    mailer.queue(to=holder.email, subject=email_subject, body=letter)
    log.info("decision letter queued for %s", holder.email)
    return letter


def draft_followup_email(llm, claim: Claim, holder: Policyholder, missing: list[str]) -> str:
    prompt = "Write a short follow-up e-mail asking for: {items}. Address it to {address}.".format(
        items=", ".join(missing),
        address=holder.email,
    )
    reply = llm.messages.create(
        model=settings.TRIAGE_DEPLOYMENT,
        max_tokens=500,
        system=LETTER_SYSTEM,
        messages=[{"role": "user", "content": prompt}],
    )
    return reply.content[0].text


def draft_member_welcome(llm, member) -> str:
    """Welcome pack for a new health-plan member who just filed their first claim."""
    context = str(member)
    reply = llm.messages.create(
        model=settings.TRIAGE_DEPLOYMENT,
        max_tokens=700,
        system=LETTER_SYSTEM,
        messages=[
            {"role": "user", "content": "Write a welcome note for this member:\n" + context},
        ],
    )
    return reply.content[0].text
