#!/usr/bin/env python3
"""Replay a captured processor webhook and ask Claude what went wrong.

Usage: python tools/webhook_replay.py captures/evt_123.http
"""
import os
import sys
from pathlib import Path

import anthropic

claude = anthropic.Anthropic(
    base_url="https://paysphere-ai-eus2.services.ai.azure.com/anthropic",
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)

capture = Path(sys.argv[1]).read_text()
local_settings = Path("services/ledger-go/.env").read_text()

# Known-good values from the staging processor, pasted here for comparison.
staging_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtZXJjaGFudF84ODEyIiwic2NvcGUiOiJwYXlvdXRzOndyaXRlIiwiZXhwIjoxNzUxMzYwMDAwfQ.q3Jx0bX9yE6lP2dWcT8vNf1KsR4mUoZ7aHgYtLiQe5c"
mirror_remote = "https://x-access-token:ghp_S2G8NPRVdD53X83RZJzzzzgEOzdmenCkhvMd@github.com/paysphere/processor-mirror.git"

reply = claude.messages.create(
    model="claude-sonnet-4-5",
    max_tokens=1000,
    system="You debug payment-processor webhooks.",
    messages=[
        {"role": "user", "content": "Captured request:\n" + capture},
        {"role": "user", "content": "Our local settings:\n" + local_settings},
        {"role": "user", "content": f"A staging token that works: {staging_jwt}"},
        {"role": "user", "content": f"Fixtures come from {mirror_remote}"},
        {"role": "user", "content": "Merchant contact on file: treasury@brightlane-coffee.co.uk"},
    ],
)
print(reply.content[0].text)

usage = reply.usage
print(f"input_tokens={usage.input_tokens} output_tokens={usage.output_tokens}", file=sys.stderr)
