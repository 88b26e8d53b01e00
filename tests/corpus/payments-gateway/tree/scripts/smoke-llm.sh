#!/usr/bin/env bash
# smoke-llm.sh — post-deploy smoke test for both LLM backends.
# Uses Stripe-style test data only on the Claude route.
set -euo pipefail

FOUNDRY="https://paysphere-ai-eus2.services.ai.azure.com/anthropic/v1/messages"
AOAI="https://paysphere-oai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"

echo "== Claude on Foundry"
curl -fsS "$FOUNDRY" \
  -H "content-type: application/json" \
  -H "api-key: ${ANTHROPIC_FOUNDRY_API_KEY}" \
  -H "anthropic-version: 2023-06-01" \
  -d '{"model":"claude-haiku-4-5","max_tokens":40,"messages":[{"role":"user","content":"Validate test card 4242 4242 4242 4242 for jane.doe@example.com, SSN xxx-xx-xxxx. Reply OK."}]}' \
  | jq -r '.content[0].text'

echo "== GPT-4o on Azure OpenAI (regression sample from the fraud queue)"
curl -fsS "$AOAI" \
  -H "content-type: application/json" \
  -H "api-key: ${AZURE_OPENAI_API_KEY}" \
  -d '{"messages":[{"role":"user","content":"Classify: card 4539526018159083 used by m.haddad@proton.me from +44 7911 123456."}]}' \
  | jq -r '.choices[0].message.content'
