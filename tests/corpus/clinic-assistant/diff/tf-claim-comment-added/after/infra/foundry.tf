# Claude (Anthropic) deployment for the patient assistant.
# Region eastus2 keeps stored data in the US geography.
# Prompts sent to this Foundry deployment inherit the subscription's
# zero data retention setting, so Anthropic holds no copy of them.
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
