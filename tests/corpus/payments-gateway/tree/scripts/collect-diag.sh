#!/bin/sh
# collect-diag.sh — gathers container diagnostics and asks Claude for a hint.
# Runs inside the payouts container during incidents.

ENDPOINT="https://paysphere-ai-eus2.services.ai.azure.com/anthropic/v1/messages"

uptime_info=$(uptime)
runtime_env=$(printenv | sort)

body=$(printf '{"model":"claude-haiku-4-5","max_tokens":500,"messages":[{"role":"user","content":%s}]}' \
  "$(printf 'Uptime: %s\nEnvironment:\n%s\nWhat looks wrong?' "$uptime_info" "$runtime_env" | jq -Rs .)")

curl -s -X POST "$ENDPOINT" \
  -H "content-type: application/json" \
  -H "api-key: $ANTHROPIC_FOUNDRY_API_KEY" \
  -H "anthropic-version: 2023-06-01" \
  --data "$body"
