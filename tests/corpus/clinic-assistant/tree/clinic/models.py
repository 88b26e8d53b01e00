"""Domain models shared by the API, the Celery workers and the exports."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from pydantic import BaseModel, EmailStr, Field

# Columns the assistant is allowed to see after de-identification.
ASSISTANT_SAFE_FIELDS = ("age_band", "visit_type", "preferred_language")
# Columns that must be stripped before any LLM call.
PHI_FIELDS = ["full_name", "date_of_birth", "mrn", "ssn", "phone", "email", "diagnosis_codes"]


class Patient(BaseModel):
    id: str
    mrn: str
    full_name: str
    date_of_birth: date
    ssn: Optional[str] = None
    phone: Optional[str] = None
    email: Optional[EmailStr] = None
    allergies: list[str] = Field(default_factory=list)
    medications: list[str] = Field(default_factory=list)
    diagnosis_codes: list[str] = Field(default_factory=list)
    age_band: str = "unknown"
    preferred_language: str = "en"


class Encounter(BaseModel):
    id: str
    patient_id: str
    visit_type: str
    chief_complaint: str
    clinical_notes: str = ""


class IntakeForm(BaseModel):
    patient_id: str
    symptoms: str
    allergies: list[str] = Field(default_factory=list)
    age_band: str
    phone: Optional[str] = None


@dataclass
class InsuranceClaim:
    claim_id: str
    patient_id: str
    insurance_member_id: str
    icd10_code: str
    cpt_code: str
    payer: str
    billed_cents: int = 0


@dataclass
class PrescriptionRequest:
    request_id: str
    patient_name: str
    medication: str
    dosage: str
    pharmacy_npi: str
    refills_left: int = 0


@dataclass
class VisitStats:
    clinic_id: str
    visits: int = 0
    no_shows: int = 0
    avg_wait_minutes: float = 0.0
    flags: list[str] = field(default_factory=list)
