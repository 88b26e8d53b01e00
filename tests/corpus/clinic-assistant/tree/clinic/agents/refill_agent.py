"""Refill-request agent (pydantic-ai) backed by Claude on Foundry."""
from __future__ import annotations

import os

from anthropic import AsyncAnthropicFoundry
from pydantic_ai import Agent, RunContext
from pydantic_ai.models.anthropic import AnthropicModel
from pydantic_ai.providers.anthropic import AnthropicProvider

from clinic.models import PrescriptionRequest
from clinic.pharmacy import formulary_lookup
from clinic.privacy import mask

foundry = AsyncAnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
model = AnthropicModel("claude-sonnet-4-5", provider=AnthropicProvider(anthropic_client=foundry))

refill_agent = Agent(
    model,
    system_prompt=(
        "You help pharmacists triage refill requests. Never approve controlled "
        "substances; escalate them to a prescriber."
    ),
)


@refill_agent.tool
async def check_formulary(ctx: RunContext[None], drug: str) -> str:
    """Look the drug up in the clinic formulary."""
    return await formulary_lookup(drug)


async def triage_refill(rx: PrescriptionRequest) -> str:
    request_text = (
        f"Refill request {rx.request_id} for {rx.patient_name}.\n"
        f"Drug: {rx.medication}\n"
        f"Dose: {rx.dosage}\n"
        f"Refills left: {rx.refills_left}"
    )
    result = await refill_agent.run(request_text)
    return result.output


async def triage_refill_masked(rx: PrescriptionRequest) -> str:
    result = await refill_agent.run(
        f"Refill request {rx.request_id}: pharmacy {mask(rx.pharmacy_npi)}, refills left {rx.refills_left}."
    )
    return result.output
