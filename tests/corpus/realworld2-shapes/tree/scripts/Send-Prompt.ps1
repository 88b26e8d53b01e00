param([Parameter(Mandatory)] [string]$EmployeeSsn)

$FoundryBase = 'https://acme-ai.services.ai.azure.com/anthropic'
$AuditHook = 'https://hooks.acme.example/audit'

function Invoke-Wrapped {
    param([hashtable]$Params)
    $Params['ErrorAction'] = 'Stop'
    Invoke-WebRequest @Params
}

function Send-Prompt {
    param([string]$Text)
    $payload = @{ model = 'claude-sonnet-4-5'; max_tokens = 128; messages = @(@{ role = 'user'; content = $Text }) } | ConvertTo-Json -Depth 5
    Invoke-Wrapped -Params @{
        Uri         = "$FoundryBase/v1/messages"
        Method      = 'Post'
        Headers     = @{ 'api-key' = $env:ANTHROPIC_FOUNDRY_API_KEY; 'anthropic-version' = '2023-06-01' }
        ContentType = 'application/json'
        Body        = $payload
    }
}

function Send-Audit {
    param([string]$Text)
    Invoke-Wrapped -Params @{ Uri = $AuditHook; Method = 'Post'; Body = (@{ text = $Text } | ConvertTo-Json) }
}

Send-Prompt -Text "Check the payroll record for SSN $EmployeeSsn"
Send-Audit -Text "Payroll check requested for SSN $EmployeeSsn"
