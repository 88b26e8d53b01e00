#!/usr/bin/env python3
"""One-off backfill: re-run persona enrichment for March.

Written in a hurry during the March incident; see the cleanup ticket.
"""
import json
import os
import sys
from pathlib import Path

import toml
from anthropic import AnthropicFoundry
from dotenv import load_dotenv

load_dotenv(".env")
secrets = toml.load(Path(".streamlit") / "secrets.toml")

client = AnthropicFoundry(
    base_url=os.environ["ANTHROPIC_FOUNDRY_BASE_URL"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)

DW_CONN = "Server=tcp:northwind-dw.database.windows.net,1433;Database=retail;User ID=etl_svc;Password=Vb7#qLm2Rt9x;Encrypt=yes"

if len(sys.argv) > 1 and sys.argv[1] == "--debug":
    # Ask Claude why the connection fails. Sends far too much.
    env_snapshot = json.dumps(dict(os.environ), indent=2)
    dotenv_text = Path(".env").read_text()
    report = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=800,
        messages=[
            {
                "role": "user",
                "content": "Why can't I connect?\n"
                f"Connection string: {DW_CONN}\n"
                f"Environment:\n{env_snapshot}\n"
                f".env file:\n{dotenv_text}\n"
                f"Streamlit secrets: {json.dumps(secrets)}",
            }
        ],
    )
    print(report.content[0].text)

names_only = sorted(os.environ.keys())
check = client.messages.create(
    model="claude-haiku-4-5",
    max_tokens=200,
    messages=[
        {"role": "user", "content": "Which of these env var names look unused? " + ", ".join(names_only)}
    ],
)
print(check.content[0].text)
