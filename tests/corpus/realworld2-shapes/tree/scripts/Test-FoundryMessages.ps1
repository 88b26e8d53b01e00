param(
    [string]$Resource = 'acme-ai',
    [string]$Model = 'claude-sonnet-4-5',
    [Parameter(Mandatory)] [string]$UserEmail
)

$BaseUrl = "https://$Resource.services.ai.azure.com/anthropic"
$token = az account get-access-token --resource https://ai.azure.com --query accessToken -o tsv

# Look the account up in the directory first (Graph, not Claude).
$user = Invoke-RestMethod -Uri "https://graph.microsoft.com/v1.0/users/$UserEmail" -Headers @{ Authorization = "Bearer $token" }

$body = @{
    model      = $Model
    max_tokens = 64
    messages   = @(@{ role = 'user'; content = "Why can $UserEmail not sign in?" })
} | ConvertTo-Json -Depth 5

$resp = Invoke-RestMethod -Uri "$BaseUrl/v1/messages" -Method Post -Body $body `
    -ContentType 'application/json' `
    -Headers @{ Authorization = "Bearer $token"; 'anthropic-version' = '2023-06-01' }
$resp.content[0].text
