"""Celery worker: turns background-check vendor reports into a recruiter note."""
from celery import shared_task

from talentloop.db import fetch_checks
from talentloop.llm.client import MODEL, client


@shared_task
def summarise_checks(candidate_id: int):
    rows = fetch_checks(candidate_id)
    note = "Background check results:\n"
    for row in rows:
        note += "* " + row["vendor"] + ": " + row["criminal_record"] + "\n"
    parts = []
    for row in rows:
        parts.append(f"DOB on file with {row['vendor']}: {row['dob']}")
    msg = client.messages.create(
        model=MODEL,
        max_tokens=700,
        messages=[{"role": "user", "content": note + "\n".join(parts)}],
    )
    return msg.content[0].text


@shared_task
def check_counts(candidate_id: int):
    rows = fetch_checks(candidate_id)
    cleared = sum(1 for r in rows if r["status"] == "clear")
    msg = client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": f"{cleared} of {len(rows)} checks are clear. Is the candidate ready?"}],
    )
    return msg.content[0].text
