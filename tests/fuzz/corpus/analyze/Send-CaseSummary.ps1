<#
.SYNOPSIS
  Sends a case extract to Claude on Foundry for a quick summary (team leaders only).
.NOTES
  Anthropic is the processor for Claude on Foundry and may keep prompts for
  up to 30 days. Remove identifiers before running this.
#>
param(
    [Parameter(Mandatory)] [string] $CaseRef,
    [Parameter(Mandatory)] [string] $ExtractPath,
    [switch] $DiagnoseFailure
)

$endpoint = "https://$($env:ANTHROPIC_FOUNDRY_RESOURCE).services.ai.azure.com/anthropic/v1/messages"
$headers = @{
    "api-key"           = $env:ANTHROPIC_FOUNDRY_API_KEY
    "anthropic-version" = "2023-06-01"
}

$extract = Import-Csv -Path $ExtractPath | Where-Object { $_.case_ref -eq $CaseRef } | Select-Object -First 1

$body = @{
    model      = "claude-haiku-4-5"
    max_tokens = 500
    messages   = @(
        @{
            role    = "user"
            content = "Summarise case $CaseRef.`n" +
                      "NINO: $($extract.nino)`n" +
                      "Contact: $($extract.email)`n" +
                      "Notes: $($extract.notes)"
        }
    )
} | ConvertTo-Json -Depth 5

try {
    Invoke-RestMethod -Method Post -Uri $endpoint -Headers $headers -ContentType "application/json" -Body $body
}
catch {
    if ($DiagnoseFailure) {
        $diag = @{
            model      = "claude-haiku-4-5"
            max_tokens = 400
            messages   = @(
                @{
                    role    = "user"
                    content = "Why did this fail? $($_.Exception.Message)`nEnvironment:`n" +
                              (Get-ChildItem env: | Out-String) +
                              "`nSettings file:`n" +
                              (Get-Content -Raw -Path (Join-Path $PSScriptRoot ".env"))
                }
            )
        } | ConvertTo-Json -Depth 5
        Invoke-RestMethod -Method Post -Uri $endpoint -Headers $headers -ContentType "application/json" -Body $diag
    }
    throw
}
