"""FastAPI routes for the patient assistant."""
from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from clinic.db import get_encounter, get_patient
from clinic.llm.client import CLAUDE_MODEL, get_async_client
from clinic.models import Encounter, Patient
from clinic.privacy import pseudonymize, redact_phi

router = APIRouter(prefix="/assistant")
log = logging.getLogger("clinic.api")


class ChatRequest(BaseModel):
    patient_id: str
    message: str


@router.post("/visits/{encounter_id}/summary")
async def visit_summary(encounter_id: str):
    encounter: Encounter = await get_encounter(encounter_id)
    patient: Patient = await get_patient(encounter.patient_id)
    if patient is None:
        raise HTTPException(404)
    log.info("visit summary requested mrn=%s encounter=%s", patient.mrn, encounter.id)

    header = (
        f"Patient: {patient.full_name}\n"
        f"Born: {patient.date_of_birth.isoformat()}\n"
        f"Visit type: {encounter.visit_type}\n"
    )
    notes = encounter.clinical_notes
    client = get_async_client()
    resp = await client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=900,
        system="You write short after-visit summaries for patients.",
        messages=[{"role": "user", "content": header + "\nNotes:\n" + notes}],
    )
    return {"summary": resp.content[0].text, "input_tokens": resp.usage.input_tokens}


@router.post("/chat")
async def chat(req: ChatRequest):
    patient = await get_patient(req.patient_id)
    client = get_async_client()
    resp = await client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=600,
        system=f"Patient reference {pseudonymize(patient.mrn)}; language {patient.preferred_language}.",
        metadata={"user_id": pseudonymize(patient.id)},
        messages=[{"role": "user", "content": redact_phi(req.message)}],
    )
    return {"reply": resp.content[0].text}


@router.get("/patients/{patient_id}/allergy-check")
async def allergy_check(patient_id: str):
    patient = await get_patient(patient_id)
    client = get_async_client()
    resp = await client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=200,
        messages=[{
            "role": "user",
            "content": (
                f"The patient has {len(patient.allergies)} recorded allergies and "
                f"{len(patient.medications)} active medications. "
                "Suggest which intake questions to ask first."
            ),
        }],
    )
    return {"questions": resp.content[0].text}
