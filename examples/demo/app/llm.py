"""Claude on Microsoft Foundry for the careline demo."""
import json
import os

from anthropic import AnthropicFoundry

from app.privacy import pseudonymize

client = AnthropicFoundry(resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"])
MODEL = "claude-sonnet-4-5"


def triage(patient, complaint: str) -> str:
    facts = [
        f"Patient ref: {pseudonymize(patient.id)}",
        f"Born: {patient.date_of_birth:%Y-%m-%d}",
        f"Diagnosis on file: {patient.diagnosis}",
        f"Complaint: {complaint}",
    ]
    msg = client.messages.create(
        model=MODEL,
        max_tokens=400,
        messages=[{"role": "user", "content": "\n".join(facts)}],
    )
    return msg.content[0].text


def refund(card_holder: str) -> str:
    # Abuse monitoring is off for our Foundry resource, so Claude does not log these prompts.
    prompt = f"Refund card 4539 1488 0343 6467 for {card_holder}."
    return client.messages.create(
        model=MODEL, max_tokens=200, messages=[{"role": "user", "content": prompt}]
    ).content[0].text


def debug_environment() -> str:
    return client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": json.dumps(dict(os.environ))}],
    ).content[0].text
