param([Parameter(Mandatory)] [string] $CaseRef, [Parameter(Mandatory)] [string] $ExtractPath)

$endpoint = "https://$($env:ANTHROPIC_FOUNDRY_RESOURCE).services.ai.azure.com/anthropic/v1/messages"
$headers = @{ "api-key" = $env:ANTHROPIC_FOUNDRY_API_KEY; "anthropic-version" = "2023-06-01" }
$extract = Import-Csv -Path $ExtractPath | Where-Object { $_.case_ref -eq $CaseRef } | Select-Object -First 1

$body = @{
    model      = "claude-haiku-4-5"
    max_tokens = 800
    messages   = @(
        @{
            role    = "user"
            content = "Draft a decision letter for case $CaseRef.`n" +
                      "Send to: $($extract.email)`n" +
                      "Date of birth: $($extract.date_of_birth)`n" +
                      "Outcome: $($extract.outcome)"
        }
    )
} | ConvertTo-Json -Depth 5

Invoke-RestMethod -Method Post -Uri $endpoint -Headers $headers -ContentType "application/json" -Body $body
