# Claude Code switched on, then off again for this PowerShell session (test cases): not a Foundry request.
$env:CLAUDE_CODE_USE_FOUNDRY = '1'
$env:ANTHROPIC_FOUNDRY_RESOURCE = 'contoso-ai'
$env:CLAUDE_CODE_USE_FOUNDRY = $null
claude -p "Summarise the ticket for $CustomerEmail"
