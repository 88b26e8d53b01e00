#!/bin/sh
# Claude Code that is not configured for Foundry (test cases): no request, so no finding.
export ANTHROPIC_FOUNDRY_RESOURCE=contoso-ai
claude -p "Summarise the ticket for $CUSTOMER_EMAIL"
cat .env | claude -p "what is misconfigured?"
