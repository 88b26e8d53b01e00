#!/usr/bin/env bash
# Ask Claude (Foundry deployment) to explain a payroll deduction for the
# service desk. Usage: scripts/explain-deduction.sh <case-id>
set -euo pipefail

: "${ANTHROPIC_FOUNDRY_RESOURCE:?set ANTHROPIC_FOUNDRY_RESOURCE}"
: "${ANTHROPIC_FOUNDRY_API_KEY:?set ANTHROPIC_FOUNDRY_API_KEY}"
ENDPOINT="https://${ANTHROPIC_FOUNDRY_RESOURCE}.services.ai.azure.com/anthropic/v1/messages"
CASE_ID="${1:?case id}"

# Garnishment question escalated from ticket SD-4471 (pasted by the desk).
curl -sS --fail "$ENDPOINT" \
  -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  -H "content-type: application/json" \
  -d '{"model":"claude-haiku-4-5","max_tokens":400,"messages":[{"role":"user","content":"Case '"$CASE_ID"': why was a child-support garnishment taken for SSN 518-42-7719 in October?"}]}'

# Returned SEPA transfer: the bank bounced the salary payment.
curl -sS --fail "$ENDPOINT" \
  -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  -H "content-type: application/json" \
  -d '{"model":"claude-haiku-4-5","max_tokens":400,"messages":[{"role":"user","content":"Salary transfer to NL14 RABO 0318 2467 15 came back with reason AC04. What should payroll do?"}]}'

# Template used in the desk wiki; the values are placeholders.
curl -sS --fail "$ENDPOINT" \
  -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  -H "content-type: application/json" \
  -d '{"model":"claude-haiku-4-5","max_tokens":200,"messages":[{"role":"user","content":"Explain deduction code GARN for SSN xxx-xx-xxxx, account <iban>, contact user@example.com"}]}'
