#!/usr/bin/env bash
# Posts anonymous queue counts to Claude for the morning stand-up note.
set -euo pipefail

URL="https://helpdesk-ai.services.ai.azure.com/anthropic/v1/messages"
open=$(psql -tAc "select count(*) from tickets where state='open'")
stale=$(psql -tAc "select count(*) from tickets where updated_at < now() - interval '3 days'")

curl -sS "$URL" \
  -H "content-type: application/json" \
  -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  -d "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":200,\"messages\":[{\"role\":\"user\",\"content\":\"Open: ${open}, stale: ${stale}. One-line stand-up note.\"}]}"
