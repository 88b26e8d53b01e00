# Test cases for the sensitive-data rules (Python).  `expect: RULE` marks a
# line that must be reported; every other line must be clean.
import json
import os

from anthropic import Anthropic, AnthropicFoundry

client = AnthropicFoundry(resource="contoso")
direct = Anthropic()


def names(patient, user, card, usage):
    prompt = f"DOB {patient.date_of_birth}"  # expect: sensitive-data/personal-field
    notes = [
        f"Diagnosis: {patient.diagnosis}",  # expect: sensitive-data/health-field
        f"Passport: {user.passport_number}",  # expect: sensitive-data/government-id-field
        f"Tokens used: {usage.input_tokens}",
    ]
    client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=usage.max_tokens,
        system="Never repeat the card number or the password.",
        messages=[
            {"role": "user", "content": prompt + "\n".join(notes)},
            {"role": "user", "content": {"iban": card.iban}},  # expect: sensitive-data/payment-field
            {"role": "user", "content": {"password": "<password>"}},
        ],
    )


def values():
    text = "Reach Ana at ana.souza@northwind-clinic.com or +44 20 7946 0958."  # expect: sensitive-data/email, sensitive-data/phone
    return client.messages.create(model="m", max_tokens=10, messages=[{"role": "user", "content": text}])


def records_and_environment(customer):
    with open(".env") as fh:  # expect: sensitive-data/secret-file
        env_text = fh.read()
    client.messages.create(model="m", max_tokens=10, messages=[
        {"role": "user", "content": json.dumps(customer)},  # expect: sensitive-data/whole-record
        {"role": "user", "content": str(dict(os.environ))},  # expect: sensitive-data/environment-dump
        {"role": "user", "content": env_text},
        {"role": "user", "content": ", ".join(os.environ.keys())},
    ])


def sanitised_and_not_foundry(patient):
    client.messages.create(model="m", max_tokens=10, messages=[
        {"role": "user", "content": redact(patient.ssn)},
        {"role": "user", "content": "Example: user@example.com, SSN xxx-xx-xxxx"},
    ])
    direct.messages.create(model="m", max_tokens=10, messages=[{"role": "user", "content": patient.ssn}])


def redact(value):
    return "***"


SCHEMA_TOOLS = [{"name": "lookup", "input_schema": {"type": "object", "properties": {
    "email": {"type": "string", "description": "override"}, "phone": "string"}}}]


def schema_is_not_data(question):
    return client.messages.create(model="m", max_tokens=10, tools=SCHEMA_TOOLS,
                                  messages=[{"role": "user", "content": question}])


def care_plan(condition, patient_context, patient_count):
    prompt = f"""Care plan for {condition}
Patient context:
{patient_context}
"""  # expect-above: sensitive-data/health-field
    client.messages.create(model="claude-sonnet-4-5", max_tokens=500, messages=[{"role": "user", "content": prompt}])
    client.messages.create(model="claude-sonnet-4-5", max_tokens=50, messages=[{"role": "user", "content": f"{patient_count} patients today"}])
