#!/bin/sh
# Claude Code on Bedrock in a script that also names Foundry (test cases): not a Foundry request.
export CLAUDE_CODE_USE_BEDROCK=1
# the Foundry resource below is for another tool
export ANTHROPIC_FOUNDRY_RESOURCE=contoso-ai
claude -p "Summarise the ticket for $CUSTOMER_EMAIL"
