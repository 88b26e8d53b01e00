"""Claim-coding assistant routed through LiteLLM.

Primary: Claude Haiku on our Foundry resource. Fallback: GPT-4o on Azure
OpenAI (our modified-abuse-monitoring approval means the Azure OpenAI
deployment keeps no prompts).
"""
from __future__ import annotations

import os

import litellm

from clinic.models import InsuranceClaim

FOUNDRY_API_BASE = "https://harborview-ai-eus2.services.ai.azure.com/anthropic"
AOAI_API_BASE = "https://harborview-oai.openai.azure.com"


def suggest_codes(claim: InsuranceClaim, narrative: str) -> str:
    content = (
        "Check that the codes on this claim are consistent.\n"
        f"Member ID: {claim.insurance_member_id}\n"
        f"ICD-10: {claim.icd10_code}\n"
        f"CPT: {claim.cpt_code}\n"
        f"Visit narrative: {narrative}"
    )
    resp = litellm.completion(
        model="azure_ai/claude-haiku-4-5",
        api_base=FOUNDRY_API_BASE,
        api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
        messages=[{"role": "user", "content": content}],
        max_tokens=500,
    )
    return resp.choices[0].message.content


def suggest_codes_gpt(claim: InsuranceClaim) -> str:
    resp = litellm.completion(
        model="azure/gpt-4o-claims",
        api_base=AOAI_API_BASE,
        api_version="2024-10-21",
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        messages=[{
            "role": "user",
            "content": f"Member {claim.insurance_member_id}, ICD-10 {claim.icd10_code}, CPT {claim.cpt_code}",
        }],
    )
    return resp.choices[0].message.content
