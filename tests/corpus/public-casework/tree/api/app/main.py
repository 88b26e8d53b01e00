"""CWA API: FastAPI front door for caseworker requests."""

import json
import logging
import os

from anthropic import AnthropicFoundry
from fastapi import FastAPI
from pydantic import BaseModel

from .redact import redact_case_text

log = logging.getLogger("cwa")
app = FastAPI(title="cwa-api")

client = AnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
MODEL = os.environ.get("CWA_MODEL", "claude-sonnet-4-5")


class CaseExtract(BaseModel):
    case_ref: str
    benefit_type: str
    national_insurance_number: str
    date_of_birth: str
    home_address: str
    phone_number: str
    email: str
    disability_details: str
    free_text: str


@app.post("/summaries")
def summarise(extract: CaseExtract) -> dict:
    # Only the redacted narrative goes to Claude; identifiers stay here.
    text = redact_case_text(extract.free_text)
    log.info("summary requested for %s (%s)", extract.case_ref, extract.email)
    resp = client.messages.create(
        model=MODEL,
        max_tokens=800,
        system="You draft neutral case summaries for benefits caseworkers.",
        messages=[{"role": "user", "content": f"Case {extract.case_ref} ({extract.benefit_type}):\n{text}"}],
    )
    return {"summary": resp.content[0].text}


@app.post("/letters")
def draft_letter(extract: CaseExtract, outcome: str) -> dict:
    greeting = f"Dear claimant at {extract.home_address},"
    resp = client.messages.create(
        model=MODEL,
        max_tokens=1200,
        messages=[
            {
                "role": "user",
                "content": (
                    f"Draft a decision letter. Outcome: {outcome}.\n"
                    f"Start with: {greeting}\n"
                    f"Claimant phone: {extract.phone_number}\n"
                    f"Claimant e-mail: {extract.email}\n"
                    f"Reasonable adjustments: {extract.disability_details}\n"
                ),
            }
        ],
    )
    return {"letter": resp.content[0].text}


@app.post("/estimate")
def estimate(extract: CaseExtract) -> dict:
    count = client.messages.count_tokens(
        model=MODEL,
        messages=[{"role": "user", "content": f"NINO {extract.national_insurance_number}: {extract.free_text}"}],
    )
    return {"input_tokens": count.input_tokens}


@app.post("/debug/ask")
def debug_ask(question: str) -> dict:
    context = {
        "db": os.environ["CWA_SQL_CONNECTION_STRING"],
        "env": dict(os.environ),
    }
    resp = client.messages.create(
        model=MODEL,
        max_tokens=600,
        messages=[{"role": "user", "content": question + "\n\nContext:\n" + json.dumps(context)}],
    )
    return {"answer": resp.content[0].text}
