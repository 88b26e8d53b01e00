"""Clinical-note tools used by providers inside the EHR sidebar."""
from __future__ import annotations

from anthropic import AnthropicFoundry

from clinic.llm.client import CLAUDE_MODEL, FOUNDRY_BASE_URL
from clinic.models import Encounter, Patient
from clinic.privacy import scrub_note, pseudonymize


def _soap_instructions(visit_type: str) -> str:
    """Build the system prompt for a given visit type (no patient data here)."""
    return (
        f"You are drafting a SOAP note for a {visit_type} telehealth visit. "
        "Use the clinic's abbreviations list and flag missing vitals."
    )


class NoteAssistant:
    def __init__(self, api_key: str) -> None:
        self.client = AnthropicFoundry(base_url=FOUNDRY_BASE_URL, api_key=api_key)

    def draft_soap(self, patient: Patient, encounter: Encounter) -> str:
        problem_list = "; ".join(patient.diagnosis_codes)
        meds = patient.medications
        resp = self.client.messages.create(
            model=CLAUDE_MODEL,
            max_tokens=1500,
            system=_soap_instructions(encounter.visit_type),
            messages=[{
                "role": "user",
                "content": f"Problem list: {problem_list}\nCurrent meds: {meds}\nTranscript:\n{encounter.clinical_notes}",
            }],
        )
        return resp.content[0].text

    def summarize_for_referral(self, patient: Patient, encounter: Encounter) -> str:
        resp = self.client.messages.create(
            model=CLAUDE_MODEL,
            max_tokens=800,
            system=_soap_instructions("referral"),
            messages=[{
                "role": "user",
                "content": (
                    f"Ref {pseudonymize(patient.id)}, age band {patient.age_band}.\n"
                    f"{scrub_note(encounter.clinical_notes)}"
                ),
            }],
        )
        return resp.content[0].text

    def count_note_tokens(self, encounter: Encounter) -> int:
        n = self.client.messages.count_tokens(
            model=CLAUDE_MODEL,
            messages=[{"role": "user", "content": encounter.chief_complaint}],
        )
        return n.input_tokens
