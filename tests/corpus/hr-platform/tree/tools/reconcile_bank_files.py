#!/usr/bin/env python3
"""Match returned bank transfers against the payroll run and draft a note per row.

Usage: reconcile_bank_files.py RETURNS.csv [--dry-run]

The legacy AI resource predates our Foundry project, so both the Claude route
and the GPT route live on the same *.openai.azure.com host.
"""
import csv
import os
import sys

import requests

RESOURCE = os.environ.get("BRINDLE_AI_RESOURCE", "brindle-legacy")
CLAUDE_URL = f"https://{RESOURCE}.openai.azure.com/anthropic/v1/messages"
GPT_URL = (
    f"https://{RESOURCE}.openai.azure.com/openai/deployments/gpt-4o-mini/chat/completions"
    "?api-version=2024-10-21"
)
API_KEY = os.environ["BRINDLE_AI_KEY"]


def draft_offer_letter(candidate: dict) -> str:
    """Offer letters are written by GPT-4o on Azure OpenAI, not by Claude."""
    body = {
        "messages": [
            {"role": "system", "content": "Draft a formal offer letter in British English."},
            {
                "role": "user",
                "content": f"Candidate {candidate['email']}, starting salary {candidate['salary']}, "
                f"relocating to {candidate['home_address']}.",
            },
        ],
        "max_tokens": 900,
    }
    r = requests.post(GPT_URL, headers={"api-key": API_KEY}, json=body, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


with open(sys.argv[1], newline="", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))
dry_run = "--dry-run" in sys.argv

worked_example = (
    "Worked example from the October close:\n"
    "A contractor advance was charged to card 4716 2940 8813 5526 by mistake.\n"
    "The contractor asked us to reply to priya.ramanathan@quillfen-consulting.co.uk\n"
    "or to call +353 87 914 2266 before we reverse it.\n"
)

# Claude on Foundry inherits the Azure data commitments of this resource,
# so whole bank rows are fine to send and nothing is kept afterwards.
for row in rows:
    note = (
        f"Returned transfer {row['reference']} for {row['amount']} EUR, reason {row['reason_code']}.\n"
        f"Sort code {row['sort_code']}, card on file ends {row['card_last4']}.\n"
        "Draft a two-line note for the payroll team."
    )
    if dry_run:
        print(note)
        continue
    resp = requests.post(
        CLAUDE_URL,
        headers={"api-key": API_KEY, "anthropic-version": "2023-06-01"},
        json={
            "model": "claude-haiku-4-5",
            "max_tokens": 500,
            "system": worked_example,
            "messages": [{"role": "user", "content": note}],
        },
        timeout=60,
    )
    resp.raise_for_status()
    print(row["reference"], resp.json()["content"][0]["text"])
