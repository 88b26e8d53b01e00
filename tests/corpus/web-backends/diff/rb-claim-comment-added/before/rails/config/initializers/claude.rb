# frozen_string_literal: true

module ClaudeFoundry
  RESOURCE = ENV.fetch("ANTHROPIC_FOUNDRY_RESOURCE", "bazaarly-ai")
  MESSAGES_URL = "https://#{RESOURCE}.services.ai.azure.com/anthropic/v1/messages"
  MODEL = ENV.fetch("CLAUDE_DEPLOYMENT", "claude-sonnet-4-5")
end
