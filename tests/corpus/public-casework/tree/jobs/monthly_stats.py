"""Monthly caseload commentary from aggregate counts (no identifiers)."""

import os

from anthropic import AnthropicFoundry

client = AnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)

FIELDS_COLLECTED = ["national_insurance_number", "date_of_birth", "disability", "sort_code"]


def commentary(counts: dict[str, int], month: str) -> str:
    table = "\n".join(f"{benefit}: {n}" for benefit, n in sorted(counts.items()))
    resp = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=600,
        system="You write two-paragraph caseload commentary for managers.",
        messages=[
            {
                "role": "user",
                "content": (
                    f"Claims closed in {month} by benefit:\n{table}\n\n"
                    f"The intake form collects: {', '.join(FIELDS_COLLECTED)}. "
                    "Comment on volumes only."
                ),
            }
        ],
    )
    return resp.content[0].text


def training_scenario() -> str:
    # Documented placeholders from the training pack, never real people.
    sample = {"nino": "QQ 12 34 56 C", "email": "claimant@example.com", "ssn": "xxx-xx-xxxx"}
    resp = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": f"Write a training scenario for a claimant with NINO {sample['nino']} "
                f"and e-mail {sample['email']}; US variant SSN {sample['ssn']}.",
            }
        ],
    )
    return resp.content[0].text
