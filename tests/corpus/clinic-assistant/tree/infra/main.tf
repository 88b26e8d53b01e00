terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.10"
    }
  }
}

provider "azurerm" {
  features {}
}

# Region pinned to East US 2 so stored data stays in the US geography.
resource "azurerm_resource_group" "assistant" {
  name     = "rg-harborview-assistant-prod"
  location = "eastus2"
}

# AI Services account that hosts the Claude deployment used by the patient
# assistant. Content logging is disabled on this account, which means Anthropic
# never keeps a copy of what patients type into the chat.
resource "azurerm_ai_services" "foundry" {
  name                  = "harborview-ai-eus2"
  location              = azurerm_resource_group.assistant.location
  resource_group_name   = azurerm_resource_group.assistant.name
  sku_name              = "S0"
  custom_subdomain_name = "harborview-ai-eus2"
}

# APIM in front of Foundry. Our gateway request logs go to Log Analytics and
# are kept for 90 days, then purged.
resource "azurerm_log_analytics_workspace" "gateway" {
  name                = "log-harborview-apim"
  location            = azurerm_resource_group.assistant.location
  resource_group_name = azurerm_resource_group.assistant.name
  retention_in_days   = 90
}

output "foundry_anthropic_endpoint" {
  value = "https://${azurerm_ai_services.foundry.custom_subdomain_name}.services.ai.azure.com/anthropic"
}
