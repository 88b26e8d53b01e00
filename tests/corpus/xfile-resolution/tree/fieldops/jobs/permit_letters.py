"""County permit applications: Claude drafts the cover letter, we file the form ourselves."""
from __future__ import annotations

import httpx

from fieldops.config import COUNTY_PORTAL_URL, FOUNDRY_MESSAGES_URL, settings


def cover_letter(permit) -> str:
    payload = {
        "model": settings.claude_model,
        "max_tokens": 800,
        "messages": [
            {
                "role": "user",
                "content": (
                    f"Permit type: {permit.kind}, work starts {permit.start_date}.\n"
                    f"Property: {permit.address_line}\n"
                    f"Owner date of birth (county requires it): {permit.owner_dob}\n"
                    "Write a formal one-paragraph cover letter."
                ),
            }
        ],
    }
    r = httpx.post(
        FOUNDRY_MESSAGES_URL,
        json=payload,
        headers={"api-key": settings.foundry_api_key, "anthropic-version": "2023-06-01"},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def file_with_county(permit, letter: str) -> None:
    httpx.post(
        COUNTY_PORTAL_URL,
        json={"address": permit.address_line, "owner_dob": permit.owner_dob, "letter": letter},
        timeout=60,
    ).raise_for_status()
