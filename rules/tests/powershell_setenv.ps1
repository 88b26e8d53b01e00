# Claude Code switched to Foundry with [Environment]::SetEnvironmentVariable (test cases).
[Environment]::SetEnvironmentVariable('CLAUDE_CODE_USE_FOUNDRY', '1', 'User')
[Environment]::SetEnvironmentVariable('ANTHROPIC_FOUNDRY_RESOURCE', 'contoso-ai', 'User')
Get-Content -Raw .\case-notes.txt | claude -p "Summarise for $PatientName"  # expect: sensitive-data/personal-field
claude -p "Summarise these settings: $(Get-Content -Raw .env)"  # expect: sensitive-data/secret-file
ollama run llama3 "Summarise for $PatientName"
