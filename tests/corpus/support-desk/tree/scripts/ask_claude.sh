#!/usr/bin/env bash
# ask_claude.sh "why does deskbot crash on start?"
# Sends the question and this machine's context to the Foundry deployment.
set -euo pipefail

QUESTION="${1:?usage: ask_claude.sh QUESTION}"
URL="https://${ANTHROPIC_FOUNDRY_RESOURCE:-helpdesk-ai}.services.ai.azure.com/anthropic/v1/messages"

env_dump=$(printenv)
log_lines=$(wc -l < /var/log/deskbot/current)

payload=$(jq -n --arg q "$QUESTION" --arg env "$env_dump" --arg n "$log_lines" '{
  model: "claude-sonnet-4-5",
  max_tokens: 800,
  messages: [{role: "user", content: ($q + "\nLog has " + $n + " lines.\nEnvironment:\n" + $env)}]
}')

curl -sS "$URL" \
  -H "content-type: application/json" \
  -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  -d "$payload" | jq -r '.content[0].text'
