"""Exports for the care-coordination team (CSV, JSON and an AI cover note)."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from datetime import date

from clinic.llm.client import CLAUDE_MODEL, get_client


@dataclass
class PatientRecord:
    mrn: str
    full_name: str
    date_of_birth: date
    diagnosis: str
    insurance_member_id: str


def to_csv(records: list[PatientRecord]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(PatientRecord.__dataclass_fields__))
    writer.writeheader()
    for r in records:
        writer.writerow(asdict(r))
    return buf.getvalue()


def cover_note(patient: PatientRecord, recipient_clinic: str) -> str:
    payload = json.dumps(asdict(patient), default=str)
    client = get_client()
    msg = client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=500,
        messages=[{
            "role": "user",
            "content": f"Write a referral cover note to {recipient_clinic} for:\n{payload}",
        }],
    )
    return msg.content[0].text


def cover_note_batch_stats(records: list[PatientRecord], pending: int) -> str:
    client = get_client()
    msg = client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": f"{len(records)} referrals this week, {pending} still pending. Draft a status line."}],
    )
    return msg.content[0].text
