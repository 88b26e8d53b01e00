"""opsbot's own audit trail and the scrubbing helpers.

Audit rows live in Postgres for 14 days; ``audit_expire`` deletes older
rows every night. That is the only place opsbot itself stores prompts.
"""
from __future__ import annotations

import json
import os
import re
from datetime import datetime, timezone

import psycopg

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")
_SECRETISH = re.compile(r"(?:sk-ant-|ghp_|AKIA|eyJ|-----BEGIN)[^\s\"']*")


def scrub_transcript(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    text = _PHONE.sub("[phone]", text)
    return _SECRETISH.sub("[secret]", text)


def mask_phone(phone: str | None) -> str:
    if not phone:
        return "(no phone)"
    return "*" * max(len(phone) - 2, 0) + phone[-2:]


def record(kind: str, **fields: object) -> None:
    """Write one audit row. The DB, not the model, is what keeps this."""
    with psycopg.connect(os.environ.get("OPSBOT_AUDIT_DSN", "")) as conn:
        conn.execute(
            "INSERT INTO audit (kind, at, payload) VALUES (%s, %s, %s)",
            (kind, datetime.now(timezone.utc), json.dumps(fields, default=str)),
        )


def audit_expire(days: int = 14) -> int:
    with psycopg.connect(os.environ.get("OPSBOT_AUDIT_DSN", "")) as conn:
        cur = conn.execute(
            "DELETE FROM audit WHERE at < now() - make_interval(days => %s)", (days,)
        )
        return cur.rowcount
