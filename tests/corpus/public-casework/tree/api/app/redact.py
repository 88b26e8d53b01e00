"""Redaction applied to free text before it reaches Claude.

Patterns cover UK NINOs (e.g. the reserved example QQ 12 34 56 C), US SSNs,
Irish PPSNs, UK sort codes and account numbers, and e-mail addresses.
"""
import re

_PATTERNS = [
    (re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.I), "[NINO]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[SSN]"),
    (re.compile(r"\b\d{7}[A-W][A-IW]?\b"), "[PPSN]"),
    (re.compile(r"\b\d{2}-\d{2}-\d{2}\b"), "[SORT_CODE]"),
    (re.compile(r"\b\d{8}\b"), "[ACCOUNT]"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[EMAIL]"),
]


def redact_case_text(text: str) -> str:
    for pattern, token in _PATTERNS:
        text = pattern.sub(token, text)
    return text
