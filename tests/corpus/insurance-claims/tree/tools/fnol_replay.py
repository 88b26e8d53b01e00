#!/usr/bin/env python3
"""Replay a first-notice-of-loss through the raw Foundry Messages API.

Bypasses the SDK so we can see the exact HTTP exchange when triage misbehaves.

    python tools/fnol_replay.py --ref CLM-204117
    python tools/fnol_replay.py --sample
"""
import argparse
import json
import os
import sys

import httpx

FOUNDRY_URL = "https://harborline-claims.services.ai.azure.com/anthropic/v1/messages"

parser = argparse.ArgumentParser()
parser.add_argument("--ref", help="claim reference to pull from the read replica")
parser.add_argument("--sample", action="store_true", help="use the built-in sample FNOL")
parser.add_argument("--deployment", default=os.environ.get("CLAIMDESK_TRIAGE_DEPLOYMENT", "claude-sonnet-4-5"))
args = parser.parse_args()

if args.sample:
    fnol = {
        "channel": "phone",
        "loss_type": "water_damage",
        "loss_date": "2026-08-29",
        "reported_by": "caller, identity verified by agent 114",
        "reply_to": "t.lindqvist.amadi@proton.me",
        "callback": "+1 415-762-0938",
        "identity_check": "caller read back SSN 529-41-7736",
        "date_of_birth": "1981-11-04",
        "narrative": "Supply hose behind the washing machine burst overnight; laminate in two rooms lifted.",
    }
else:
    if not args.ref:
        sys.exit("give --ref CLM-... or --sample")
    with open(os.path.join("replays", f"{args.ref}.json"), encoding="utf-8") as fh:
        fnol = json.load(fh)

headers = {
    "api-key": os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
    "anthropic-version": "2023-06-01",
    "content-type": "application/json",
}
body = {
    "model": args.deployment,
    "max_tokens": 600,
    "system": "Triage this first notice of loss: severity, missing documents, next step.",
    "messages": [{"role": "user", "content": json.dumps(fnol, indent=2)}],
}

with httpx.Client(timeout=60.0) as http:
    resp = http.post(FOUNDRY_URL, headers=headers, json=body)

print(resp.status_code, resp.headers.get("request-id"))
print(json.dumps(resp.json(), indent=2))
