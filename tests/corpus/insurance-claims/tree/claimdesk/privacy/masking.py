"""Helpers that strip or shorten personal data before it leaves the service."""
from __future__ import annotations

import hashlib
import hmac
import os
import re

_PEPPER = os.environ.get("CLAIMDESK_HASH_PEPPER", "dev-only-pepper").encode()

_SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b")
_CARD_RE = re.compile(r"\b(?:\d[ -]?){12,18}\d\b")

_HOLDER_KEYS_TO_DROP = {
    "full_name", "email", "phone", "date_of_birth", "ssn", "mailing_address",
    "drivers_license_number", "bank_account_number", "iban", "criminal_history",
}


def redact_ssn(value: str | None) -> str:
    if not value:
        return ""
    return "***-**-" + value[-4:]


def mask_card(number: str | None) -> str:
    digits = re.sub(r"\D", "", number or "")
    return f"card ending {digits[-4:]}" if digits else ""


def mask_iban(iban: str | None) -> str:
    compact = (iban or "").replace(" ", "")
    return f"{compact[:4]}…{compact[-4:]}" if compact else ""


def hash_email(email: str) -> str:
    """Stable pseudonymous join key for an e-mail address."""
    digest = hmac.new(_PEPPER, email.strip().lower().encode(), hashlib.sha256)
    return digest.hexdigest()[:20]


def scrub_free_text(text: str) -> str:
    """Replace e-mails, phone numbers, SSNs and card numbers in adjuster notes."""
    text = _EMAIL_RE.sub("[email]", text)
    text = _SSN_RE.sub("[ssn]", text)
    text = _CARD_RE.sub("[card]", text)
    return _PHONE_RE.sub("[phone]", text)


def anonymize_holder(record: dict) -> dict:
    """Drop direct identifiers from a serialised Policyholder."""
    return {k: v for k, v in record.items() if k not in _HOLDER_KEYS_TO_DROP}
