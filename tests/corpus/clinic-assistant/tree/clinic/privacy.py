"""De-identification helpers applied before anything reaches an LLM."""
from __future__ import annotations

import hashlib
import hmac
import os
import re

_PEPPER = os.environ.get("CLINIC_PSEUDONYM_PEPPER", "dev-only-pepper").encode()
_PHONE = re.compile(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_MRN = re.compile(r"\bMRN[:# ]*\d{6,10}\b", re.I)


def pseudonymize(value: str) -> str:
    return "p_" + hmac.new(_PEPPER, value.encode(), hashlib.sha256).hexdigest()[:16]


def hash_identifier(value: str) -> str:
    return hashlib.sha256(_PEPPER + value.encode()).hexdigest()[:20]


def mask(value: str, keep: int = 2) -> str:
    return "*" * max(len(value) - keep, 0) + value[-keep:]


def redact_phi(text: str) -> str:
    for pattern, tag in ((_SSN, "[SSN]"), (_PHONE, "[PHONE]"), (_EMAIL, "[EMAIL]"), (_MRN, "[MRN]")):
        text = pattern.sub(tag, text)
    return text


def scrub_note(note: str) -> str:
    return redact_phi(note)
