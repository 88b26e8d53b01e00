# PowerShell flows (test cases): casts, helpers called with positional and named arguments,
# lists built with +=, here-strings, and what is piped into claude.
$MessagesUrl = 'https://fabrikam.services.ai.azure.com/anthropic/v1/messages'
$env:CLAUDE_CODE_USE_FOUNDRY = "true"

function Get-Summary {
    param([Parameter(Mandatory)] [string]$Question)
    $request = [ordered]@{ model = 'claude-haiku-4-5'; max_tokens = 200; messages = @([pscustomobject]@{ role = 'user'; content = $Question }) }
    Invoke-RestMethod -Uri $MessagesUrl -Method Post -Body ($request | ConvertTo-Json -Depth 5)
}
Get-Summary "Open claims for NINO $nino"  # expect: sensitive-data/government-id-field
Get-Summary -Question "Why was $account_number declined?"  # expect: sensitive-data/payment-field
Get-Summary -Question "How many tickets are open?"

$conversation = @()
$conversation += @{ role = 'user'; content = "Allergies: $allergies" }  # expect: sensitive-data/health-field
Invoke-RestMethod -Uri $MessagesUrl -Method 'POST' -Body (ConvertTo-Json @{ messages = $conversation } -Depth 5)

$raw = @"
{"messages":[{"role":"user","content":"Refund to IBAN $iban"}]}  # expect: sensitive-data/payment-field
"@
iwr -Uri $MessagesUrl -Method Post -Body $raw -ContentType 'application/json'

"Home address: $home_address" | claude -p "format this"  # expect: sensitive-data/personal-field
Get-Content .env | claude -p "which setting is wrong?"  # expect: sensitive-data/secret-file
& claude --print "Triage the incident for $employee_email"  # expect: sensitive-data/personal-field
Get-Content README.md | claude -p "proofread"

# A wrapper whose caller passes the URL: every prompt parameter is content, the method is the wrapper's own.
function Send-Chat {
    param([string]$Endpoint, [string]$System, [string]$UserText)
    Invoke-RestMethod -Uri "$Endpoint/v1/models" -Headers @{ 'anthropic-version' = '2023-06-01' }
    $chat = @{ system = $System; messages = @(@{ role = 'user'; content = $UserText }) } | ConvertTo-Json -Depth 5
    Invoke-RestMethod -Uri "$Endpoint/v1/messages" -Method Post -Body $chat
}
Send-Chat -Endpoint 'https://fabrikam.services.ai.azure.com/anthropic' -System "Account holder: $account_holder_name" -UserText "Balance for $bank_account"  # expect: sensitive-data/personal-field, sensitive-data/payment-field
