"""Manufacturer-warranty questions, answered over the Foundry Responses route."""
from __future__ import annotations

from fieldops.config import TRIAGE_MODEL, WARRANTY_MODEL
from fieldops.llm.openai_compat import project_client


def explain_coverage(claim) -> str:
    response = project_client.responses.create(
        model=WARRANTY_MODEL,
        instructions="Say in two sentences whether the manufacturer warranty covers this repair.",
        input=(
            f"Appliance: {claim.appliance_model}, serial {claim.serial_number}\n"
            f"Purchased: {claim.purchase_date} from {claim.retailer}\n"
            f"Owner e-mail: {claim.owner_email}\n"
            f"Owner phone: {claim.owner_phone}\n"
            f"Fault: {claim.fault_description}\n"
        ),
    )
    return response.output_text


def route_claim(claim) -> str:
    """Cheap first pass: which manufacturer queue does this go to?"""
    response = project_client.responses.create(
        model=TRIAGE_MODEL,
        input=(
            f"Brand: {claim.brand}\nFault: {claim.fault_description}\n"
            f"Contact: {claim.owner_email}\n"
        ),
    )
    return response.output_text.strip()
