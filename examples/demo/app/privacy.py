"""Pseudonymisation helpers."""
import hashlib


def pseudonymize(value) -> str:
    return hashlib.sha256(str(value).encode()).hexdigest()[:12]
