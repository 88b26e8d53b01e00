terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.10" }
  }
}

resource "azurerm_resource_group" "ai" {
  name     = "rg-bazaarly-ai"
  location = "westeurope"
}

# AI Services account that hosts the Claude deployments (Foundry).
# Data at rest for the "Hosted on Azure" deployments stays in West Europe.
resource "azurerm_ai_services" "bazaarly" {
  name                = "bazaarly-ai"
  location            = azurerm_resource_group.ai.location
  resource_group_name = azurerm_resource_group.ai.name
  sku_name            = "S0"
  custom_subdomain_name = "bazaarly-ai"

  # Modified abuse monitoring was approved for this account, which switches
  # off prompt logging for every model on it - Claude included - so nothing
  # sent to the Claude deployments is kept.
  public_network_access = "Enabled"
}

# Diagnostic logs from the account go to Log Analytics and are kept 30 days.
resource "azurerm_monitor_diagnostic_setting" "ai" {
  name                       = "ai-diag"
  target_resource_id         = azurerm_ai_services.bazaarly.id
  log_analytics_workspace_id = var.log_analytics_workspace_id
  enabled_log { category = "Audit" }
}
