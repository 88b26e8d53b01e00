#!/bin/sh
# Claude Code with the Foundry setting switched off (test cases): no request.
export CLAUDE_CODE_USE_FOUNDRY=false
export ANTHROPIC_FOUNDRY_RESOURCE=contoso-ai
claude -p "Summarise the ticket for $CUSTOMER_EMAIL"
