	# Ruby (test cases): Net::HTTP requests to Foundry, symbol keys, heredocs.
require "net/http"
require "json"

class KycReviewer
  FOUNDRY_URI = URI("https://contoso.services.ai.azure.com/anthropic/v1/messages")

  def initialize
    @http = Net::HTTP.new(FOUNDRY_URI.host, 443)
  end

  def review(customer)
    prompt = <<~PROMPT
      Applicant record:
      #{customer.to_json} # expect: sensitive-data/whole-record
    PROMPT
    req = Net::HTTP::Post.new(FOUNDRY_URI)
    req.body = JSON.generate(model: "claude-haiku-4-5", max_tokens: 100, messages: [{ role: "user", content: prompt }])
    @http.request(req)
  end

  def phone(application)
    question = "Applicant phone: #{application[:phone]}." # expect: sensitive-data/personal-field
    req = Net::HTTP::Post.new(FOUNDRY_URI)
    req.body = JSON.generate(model: "claude-haiku-4-5", max_tokens: 100, messages: [{ role: "user", content: question }])
    @http.request(req)
  end

  def harmless(application)
    question = "Missing fields: #{application[:status]}."
    req = Net::HTTP::Post.new(FOUNDRY_URI)
    req.body = JSON.generate(model: "claude-haiku-4-5", max_tokens: 100, messages: [{ role: "user", content: question }])
    @http.request(req)
  end
end
