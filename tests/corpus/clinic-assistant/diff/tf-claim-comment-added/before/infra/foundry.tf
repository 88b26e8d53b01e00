resource "azurerm_ai_services" "foundry" {
  name                  = "harborview-ai-eus2"
  location              = "eastus2"
  resource_group_name   = "rg-harborview-assistant-prod"
  sku_name              = "S0"
  custom_subdomain_name = "harborview-ai-eus2"
}

output "anthropic_endpoint" {
  value = "https://harborview-ai-eus2.services.ai.azure.com/anthropic"
}
