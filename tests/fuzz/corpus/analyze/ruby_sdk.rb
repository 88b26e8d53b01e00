	# Ruby (test cases): Anthropic::Client with a Foundry base URL.
require "anthropic"

class Triage
  def initialize
    @client = Anthropic::Client.new(base_url: "https://contoso.services.ai.azure.com/anthropic")
    @direct = Anthropic::Client.new
  end

  def ask(user)
    @client.messages.create(model: "claude-sonnet-4-5", max_tokens: 100,
                            messages: [{role: "user", content: "SSN #{user.ssn}"}]) # expect: sensitive-data/government-id-field
    @direct.messages.create(model: "m", max_tokens: 1, messages: [{role: "user", content: user.ssn}])
  end
end
