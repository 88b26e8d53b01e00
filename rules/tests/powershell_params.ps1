# PowerShell parameters (test cases): a script's parameter holds its default URL; a
# function's default value is what it sends when its caller leaves it out.
[CmdletBinding()]
param(
    [string]$ClaudeEndpoint = 'https://northwind.services.ai.azure.com/anthropic',
    [string]$OtherEndpoint = 'https://api.northwind.example',
    [Parameter(Mandatory)] [string]$CustomerPhone
)

$payload = @{ messages = @(@{ role = 'user'; content = "Call back $CustomerPhone" }) } | ConvertTo-Json -Depth 5  # expect: sensitive-data/personal-field
Invoke-RestMethod -Uri "$ClaudeEndpoint/v1/messages" -Method Post -Body $payload
Invoke-RestMethod -Uri "$OtherEndpoint/v1/callbacks" -Method Post -Body (@{ phone = $CustomerPhone } | ConvertTo-Json)

function Get-Reply {
    param([string]$Question = "Which plan suits $customer_email?")  # expect: sensitive-data/personal-field
    $body = @{ messages = @(@{ role = 'user'; content = $Question }) } | ConvertTo-Json -Depth 5
    Invoke-RestMethod -Uri "$ClaudeEndpoint/v1/messages" -Method Post -Body $body
}
Get-Reply
