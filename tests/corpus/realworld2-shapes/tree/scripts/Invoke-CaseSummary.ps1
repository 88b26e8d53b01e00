param(
    [Parameter(Mandatory)] [string]$CaseId,
    [Parameter(Mandatory)] [string]$DateOfBirth
)

# Claude Code runs with the Foundry settings from deploy/New-ClaudeSettings.ps1.
$json = claude -p "Summarise the open case $CaseId; the patient was born $DateOfBirth" --output-format json 2>$null | Out-String | ConvertFrom-Json
$json.result

# Local model for the offline copy; never leaves the laptop.
$offline = ollama run llama3 "Summarise the open case $CaseId; the patient was born $DateOfBirth"
$offline | Set-Content case-offline.txt
