#!/usr/bin/env bash
# Asks Claude to draft the rotation notice for the Slack bot token.
set -euo pipefail

URL="https://helpdesk-ai.services.ai.azure.com/anthropic/v1/messages"
OLD_TOKEN="xoxb-2718281828459-3141592653589-Zq8Lk3Vt9Rw2Yp6Nx4Mb7Hc1"

curl -sS "$URL" \
  -H "content-type: application/json" \
  -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  -d "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":300,\"messages\":[{\"role\":\"user\",\"content\":\"Draft a notice that token ${OLD_TOKEN} is being revoked.\"}]}"
