<#
.SYNOPSIS
  PowerShell (test cases): Invoke-RestMethod / Invoke-WebRequest POSTs to the
  Foundry endpoint, splatted and wrapped, and Claude Code switched to Foundry.
.NOTES
  Prompts sent to Claude on Foundry are never retained by Anthropic.  # expect: zdr-claim/retention-assumption
#>
param(
    [string]$Resource = 'contoso-ai',
    [Parameter(Mandatory)] [string]$PatientSsn,
    [Parameter(Mandatory)] [string]$CustomerEmail
)

$env:CLAUDE_CODE_USE_FOUNDRY = '1'
$BaseUrl = "https://$Resource.services.ai.azure.com/anthropic"
$headers = @{ 'api-key' = $env:ANTHROPIC_FOUNDRY_API_KEY; 'anthropic-version' = '2023-06-01' }

# The body: a hashtable converted to JSON.
$body = @{
    model      = 'claude-sonnet-4-5'
    max_tokens = 256
    messages   = @(@{ role = 'user'; content = "Summarise the record for SSN $PatientSsn" })  # expect: sensitive-data/government-id-field
} | ConvertTo-Json -Depth 5
Invoke-RestMethod -Uri "$BaseUrl/v1/messages" -Method Post -Headers $headers -ContentType 'application/json' -Body $body

# The alias, the body written inline.
irm "$BaseUrl/v1/messages" -Method POST -Headers $headers -Body (@{ messages = @(@{ role = 'user'; content = "Reply to $CustomerEmail" }) } | ConvertTo-Json -Depth 5)  # expect: sensitive-data/personal-field

# Splatted parameters.
$params = @{
    Uri     = "$BaseUrl/v1/messages"
    Method  = 'Post'
    Headers = $headers
    Body    = (@{ messages = @(@{ role = 'user'; content = "Card on file: $card_number" }) } | ConvertTo-Json -Depth 5)  # expect: sensitive-data/payment-field
}
Invoke-WebRequest @params

# A wrapper: the call that passes the Foundry URL is the request, its prompt the content.
function Invoke-Claude {
    param([string]$Uri, [string]$Prompt)
    $payload = @{ model = 'claude-sonnet-4-5'; max_tokens = 128; messages = @(@{ role = 'user'; content = $Prompt }) } | ConvertTo-Json -Depth 5
    Invoke-RestMethod -Uri $Uri -Method Post -Headers $headers -Body $payload
}
Invoke-Claude -Uri "$BaseUrl/v1/messages" -Prompt "Diagnosis for the patient: $diagnosis"  # expect: sensitive-data/health-field
Invoke-Claude -Uri 'https://hooks.contoso.example/audit' -Prompt "Diagnosis for the patient: $diagnosis"

# Claude Code, switched to Foundry above: the prompt is the content.
claude -p "Draft a reply to $CustomerEmail" --output-format json | Out-String  # expect: sensitive-data/personal-field
claude --version
claude auth status

# Look-alikes: a GET, another host, the Azure OpenAI route with a GPT deployment.
Invoke-RestMethod -Uri "$BaseUrl/v1/models" -Headers $headers -Body @{ email = $CustomerEmail }
Invoke-RestMethod -Uri "$BaseUrl/v1/messages" -Method Get -Headers $headers -Body @{ email = $CustomerEmail }
Invoke-RestMethod -Uri 'https://api.contoso.example/v1/tickets' -Method Post -Body (@{ ssn = $PatientSsn } | ConvertTo-Json)
Invoke-RestMethod -Uri "https://$Resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21" -Method Post -Headers $headers -Body (@{ messages = @(@{ role = 'user'; content = "SSN $PatientSsn" }) } | ConvertTo-Json -Depth 5)
# Our own audit log keeps nothing for longer than a day.
