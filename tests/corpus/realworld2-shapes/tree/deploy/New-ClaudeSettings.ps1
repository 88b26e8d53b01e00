param([string]$Resource = 'acme-ai', [string]$OutFile = 'claude-settings.json')

# Settings file handed to every developer for Claude Code.
$settings = [ordered]@{
    env = [ordered]@{
        CLAUDE_CODE_USE_FOUNDRY        = '1'
        ANTHROPIC_FOUNDRY_RESOURCE     = $Resource
        ANTHROPIC_DEFAULT_SONNET_MODEL = 'claude-sonnet-4-5'
    }
}
$settings | ConvertTo-Json -Depth 4 | Set-Content $OutFile -Encoding utf8
