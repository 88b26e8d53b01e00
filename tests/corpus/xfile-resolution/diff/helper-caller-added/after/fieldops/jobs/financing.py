"""Financing pre-check: a plain-language read of an application before the lender sees it."""
from __future__ import annotations

from fieldops.llm import ask_claude
from fieldops.privacy import mask_ssn

PRECHECK_SYSTEM = (
    "You review home-improvement financing applications for missing or inconsistent "
    "fields. List problems only."
)


def precheck(application) -> str:
    summary = (
        f"Project: {application.project_type}, amount {application.amount}\n"
        f"SSN: {application.ssn}\n"
        f"Date of birth: {application.date_of_birth}\n"
        f"Annual income: {application.annual_income}\n"
        f"Employer: {application.employer}\n"
    )
    return ask_claude(summary, system=PRECHECK_SYSTEM)


def cosigner_check(application) -> str:
    cosigner = application.cosigner
    return ask_claude(
        "Does the co-signer section look complete?\n"
        f"Co-signer SSN: {cosigner.ssn}\n"
        f"Co-signer income: {cosigner.annual_income}\n"
        f"Relationship: {cosigner.relationship}",
        system=PRECHECK_SYSTEM,
    )


def precheck_masked(application) -> str:
    # What we send once the lender integration is live: masked identifiers only.
    return ask_claude(
        f"SSN {mask_ssn(application.ssn)}, amount {application.amount}, "
        f"term {application.term_months} months",
        system=PRECHECK_SYSTEM,
    )
