#!/bin/sh
# Claude Code configured for Foundry (test cases): its prompt and standard input are the content.
export CLAUDE_CODE_USE_FOUNDRY=1
export ANTHROPIC_FOUNDRY_RESOURCE=contoso-ai
claude -p "Summarise the ticket for $CUSTOMER_EMAIL"  # expect: sensitive-data/personal-field
claude --model claude-sonnet-4-5 --output-format json --print "Triage: $PATIENT_DIAGNOSIS"  # expect: sensitive-data/health-field
claude -p "summarise these settings" < .env  # expect: sensitive-data/secret-file
cat config/.env.production | claude -p "what is misconfigured?"  # expect: sensitive-data/secret-file
echo "$SSN" | claude -p "format this"  # expect: sensitive-data/government-id-field
claude --append-system-prompt "Customer: $CUSTOMER_PHONE" -p "draft a reply"  # expect: sensitive-data/personal-field
claude -p "Explain the build failure in run $GITHUB_RUN_ID"
claude --version
claude mcp add notes -- "$CUSTOMER_EMAIL"
claude config set model "$CUSTOMER_EMAIL"
gh issue view 12 --json body --jq "$CUSTOMER_EMAIL"
CLAUDE_CODE_USE_FOUNDRY=0 claude -p "Summarise the ticket for $CUSTOMER_EMAIL"
CLAUDE_CODE_USE_BEDROCK=1 claude -p "Summarise the ticket for $CUSTOMER_EMAIL"
