# frozen_string_literal: true

# Payments may send full chargeback context here: Azure's no-retention
# guarantee extends to the Claude deployments on our Foundry resource, so
# Anthropic does not store any of these prompts.
module ClaudeFoundry
  RESOURCE = ENV.fetch("ANTHROPIC_FOUNDRY_RESOURCE", "bazaarly-ai")
  MESSAGES_URL = "https://#{RESOURCE}.services.ai.azure.com/anthropic/v1/messages"
  MODEL = ENV.fetch("CLAUDE_DEPLOYMENT", "claude-sonnet-4-5")
end
