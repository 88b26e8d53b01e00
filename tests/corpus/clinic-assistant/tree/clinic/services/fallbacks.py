"""Fallback providers used when the Foundry Claude deployment is throttled.

These paths do not go to Claude on Foundry: GPT-4o on Azure OpenAI (covered
by our modified abuse monitoring approval), Claude on Amazon Bedrock (our
DR region) and the direct Anthropic API used by the research team under its
own zero-data-retention addendum.
"""
from __future__ import annotations

import os

import anthropic
from anthropic import AnthropicBedrock
from openai import AzureOpenAI

from clinic.models import Encounter, Patient

aoai = AzureOpenAI(
    azure_endpoint="https://harborview-oai.openai.azure.com",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    api_version="2024-10-21",
)
bedrock = AnthropicBedrock(aws_region="us-west-2")
direct = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_RESEARCH_KEY"])


def summary_via_gpt(patient: Patient, encounter: Encounter) -> str:
    resp = aoai.chat.completions.create(
        model="gpt-4o-summaries",
        messages=[{
            "role": "user",
            "content": f"{patient.full_name} (DOB {patient.date_of_birth}): {encounter.clinical_notes}",
        }],
    )
    return resp.choices[0].message.content


def summary_via_bedrock(patient: Patient, encounter: Encounter) -> str:
    resp = bedrock.messages.create(
        model="anthropic.claude-sonnet-4-5-20250929-v1:0",
        max_tokens=900,
        messages=[{
            "role": "user",
            "content": f"MRN {patient.mrn}, SSN {patient.ssn}\n{encounter.clinical_notes}",
        }],
    )
    return resp.content[0].text


def research_cohort_note(patient: Patient) -> str:
    resp = direct.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Diagnoses: {patient.diagnosis_codes}; meds: {patient.medications}"}],
    )
    return resp.content[0].text
