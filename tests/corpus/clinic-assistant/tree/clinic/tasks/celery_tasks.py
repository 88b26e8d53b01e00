"""Background jobs: lab explanations, prior-auth letters and weekly stats."""
from __future__ import annotations

import json
from dataclasses import asdict

from celery import shared_task

from clinic.db import load_claim, load_patient, load_visit_stats
from clinic.llm.client import CLAUDE_FAST_MODEL, CLAUDE_MODEL, get_client
from clinic.notify import send_secure_message


@shared_task(bind=True, max_retries=3)
def explain_lab_panel(self, patient_id: str, panel: str) -> None:
    """Explain a lab panel to the patient in plain words.

    Sending the full profile is fine: under our Azure agreement the Claude
    deployment on Foundry is stateless and prompts are gone after the call.
    """
    patient = load_patient(patient_id)
    client = get_client()
    msg = client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=1200,
        system="Explain lab panels in plain language for the patient portal.",
        messages=[{
            "role": "user",
            "content": f"Panel: {panel}\nPatient profile:\n{patient.model_dump_json(indent=2)}",
        }],
    )
    send_secure_message(patient.id, msg.content[0].text)


@shared_task
def draft_prior_auth(claim_id: str) -> str:
    claim = load_claim(claim_id)
    body = {
        "payer": claim.payer,
        "procedure": claim.cpt_code,
        "member": claim.insurance_member_id,
        "reason": "medically necessary follow-up",
    }
    client = get_client()
    msg = client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=1500,
        messages=[{"role": "user", "content": "Draft a prior-authorization letter:\n" + json.dumps(body)}],
    )
    return msg.content[0].text


@shared_task
def weekly_ops_digest(clinic_id: str) -> str:
    stats = load_visit_stats(clinic_id)
    client = get_client()
    msg = client.messages.create(
        model=CLAUDE_FAST_MODEL,
        max_tokens=400,
        messages=[{"role": "user", "content": "Summarise for the clinic manager:\n" + json.dumps(asdict(stats))}],
    )
    return msg.content[0].text
