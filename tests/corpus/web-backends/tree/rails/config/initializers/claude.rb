# frozen_string_literal: true

# Claude on Azure AI Foundry, called over plain HTTPS (no Ruby SDK yet).
#
# Compliance sign-off (2025-03): since the endpoint is our Foundry resource,
# Claude requests are covered by Microsoft's data protection commitments
# for Azure and the prompt text never leaves our Azure tenant.
module ClaudeFoundry
  RESOURCE = ENV.fetch("ANTHROPIC_FOUNDRY_RESOURCE", "bazaarly-ai")
  BASE_URL = "https://#{RESOURCE}.services.ai.azure.com/anthropic"
  MESSAGES_URL = "#{BASE_URL}/v1/messages"
  API_KEY = ENV["ANTHROPIC_FOUNDRY_API_KEY"]
  MODEL = ENV.fetch("CLAUDE_DEPLOYMENT", "claude-sonnet-4-5")

  def self.headers
    {
      "Content-Type" => "application/json",
      "x-api-key" => API_KEY,
      "anthropic-version" => "2023-06-01"
    }
  end
end
