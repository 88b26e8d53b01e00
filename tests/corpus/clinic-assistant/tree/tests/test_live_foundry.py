"""Live smoke tests against the staging Foundry deployment (run nightly)."""
import os

import pytest
from anthropic import AnthropicFoundry

pytestmark = pytest.mark.skipif("ANTHROPIC_FOUNDRY_API_KEY" not in os.environ, reason="needs Foundry")


@pytest.fixture(scope="module")
def client():
    return AnthropicFoundry(
        resource=os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "harborview-ai-stg"),
        api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
    )


def test_summary_with_placeholder_patient(client):
    msg = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=200,
        messages=[{
            "role": "user",
            "content": "Summarise: patient jane.doe@example.com, SSN xxx-xx-xxxx, phone <phone>, complains of a sore throat.",
        }],
    )
    assert msg.content


def test_redaction_regression_case(client):
    # Copied from support ticket HV-5521 to reproduce the bad summary.
    ticket = (
        "Caller: Marisol Quintero, DOB 1979-04-12\n"
        "SSN 536-22-8841\n"
        "callback (617) 432-8810\n"
        "email marisol.quintero79@outlook.com\n"
        "Dx: E11.9 type 2 diabetes, on metformin 500 mg"
    )
    msg = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": ticket}],
    )
    assert "metformin" in msg.content[0].text.lower()


def test_count_tokens_budget(client):
    n = client.messages.count_tokens(
        model="claude-haiku-4-5",
        messages=[{"role": "user", "content": "x" * 4000}],
    )
    assert n.input_tokens < 2000
