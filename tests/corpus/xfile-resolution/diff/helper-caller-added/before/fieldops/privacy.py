"""Sanitisers. Anything customer-identifying goes through one of these before a prompt."""
from __future__ import annotations

import hashlib
import re

_DIGITS = re.compile(r"\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")


def mask_card(number: str) -> str:
    digits = _DIGITS.findall(number or "")
    return "•••• " + "".join(digits[-4:]) if digits else ""


def mask_ssn(ssn: str) -> str:
    return "***-**-" + (ssn or "")[-4:]


def redact_free_text(text: str) -> str:
    """Strip e-mail addresses and phone numbers out of technician notes."""
    text = _EMAIL.sub("[email]", text or "")
    return _PHONE.sub("[phone]", text)


def hash_customer_id(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:16]
