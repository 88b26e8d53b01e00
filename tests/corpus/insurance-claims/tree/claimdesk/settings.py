"""Runtime settings for claimdesk, read once from the environment."""
from __future__ import annotations

import os

FOUNDRY_RESOURCE = os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "harborline-claims")
# Local development only; deployed environments authenticate with Entra ID.
FOUNDRY_API_KEY = os.environ.get("ANTHROPIC_FOUNDRY_API_KEY")

TRIAGE_DEPLOYMENT = os.environ.get("CLAIMDESK_TRIAGE_DEPLOYMENT", "claude-sonnet-4-5")
FRAUD_DEPLOYMENT = os.environ.get("CLAIMDESK_FRAUD_DEPLOYMENT", "claude-opus-4-1")
TRIAGE_MAX_TOKENS = int(os.environ.get("CLAIMDESK_TRIAGE_MAX_TOKENS", "900"))
LETTER_MAX_TOKENS = 1400

AZURE_OPENAI_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "")
AZURE_OPENAI_API_KEY = os.environ.get("AZURE_OPENAI_API_KEY", "")
AZURE_OPENAI_DEPLOYMENT = "gpt-4o-claims"
AZURE_OPENAI_API_VERSION = "2024-10-21"

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://claimdesk@localhost:5432/claimdesk")
PASSWORD_RESET_URL = "https://portal.harborline-mutual.com/account/reset"

# Claim files and adjuster notes are kept in Postgres for 7 years (state
# insurance regulation); our application logs are kept for 30 days.
CLAIM_RETENTION_YEARS = 7
LOG_RETENTION_DAYS = 30
