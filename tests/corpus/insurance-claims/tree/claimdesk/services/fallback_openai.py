"""GPT-4o fallback for triage when the Claude deployment is throttled.

This path runs on Azure OpenAI (harborline-aoai), which is approved for
modified abuse monitoring: prompts and completions sent here are not stored
by Microsoft.
"""
from __future__ import annotations

from openai import AzureOpenAI

from claimdesk import settings
from claimdesk.models import Claim, Policyholder

_aoai = AzureOpenAI(
    azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
    api_key=settings.AZURE_OPENAI_API_KEY,
    api_version=settings.AZURE_OPENAI_API_VERSION,
)


def fallback_triage(claim: Claim, holder: Policyholder) -> str:
    prompt = "\n".join(
        [
            f"Claim {claim.reference} ({claim.line_of_business}), loss on {claim.date_of_loss}",
            f"Holder: {holder.full_name}, DOB {holder.date_of_birth}, SSN {holder.ssn}",
            f"Phone {holder.phone}, e-mail {holder.email}",
            f"Medical report: {claim.diagnosis}",
            claim.description,
        ]
    )
    completion = _aoai.chat.completions.create(
        model=settings.AZURE_OPENAI_DEPLOYMENT,
        max_tokens=settings.TRIAGE_MAX_TOKENS,
        messages=[
            {"role": "system", "content": "Triage this insurance claim: severity, missing documents."},
            {"role": "user", "content": prompt},
        ],
    )
    return completion.choices[0].message.content
