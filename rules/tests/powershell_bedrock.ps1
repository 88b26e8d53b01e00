# Claude Code on Bedrock in a PowerShell script that also names Foundry (test cases): not a Foundry request.
[Environment]::SetEnvironmentVariable('CLAUDE_CODE_USE_BEDROCK', '1', 'Process')
# the Foundry resource below is for another tool
$env:ANTHROPIC_FOUNDRY_RESOURCE = 'contoso-ai'
claude -p "Summarise the ticket for $CustomerEmail"
