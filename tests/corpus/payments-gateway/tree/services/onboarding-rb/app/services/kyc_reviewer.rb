# frozen_string_literal: true

require "json"
require "net/http"
require "uri"

# Second-pass review of onboarding applications before a human signs off.
#
# NOTE(privacy): earlier versions of this file said Azure's no-retention
# promise covered the Claude calls below. That was wrong and has been
# removed; Anthropic processes these prompts itself and may keep them for
# weeks, so send the minimum.
class KycReviewer
  FOUNDRY_URI = URI("https://#{ENV.fetch('ANTHROPIC_FOUNDRY_RESOURCE', 'paysphere-ai-eus2')}" \
                    ".services.ai.azure.com/anthropic/v1/messages")

  def initialize
    @http = Net::HTTP.new(FOUNDRY_URI.host, 443)
    @http.use_ssl = true
  end

  def review(customer, documents)
    prompt = <<~PROMPT
      Review this onboarding application for missing or inconsistent data.
      Applicant record:
      #{customer.to_json}
      Documents received: #{documents.map(&:kind).join(', ')}
    PROMPT

    req = Net::HTTP::Post.new(FOUNDRY_URI, headers)
    req.body = JSON.generate(model: "claude-haiku-4-5", max_tokens: 600,
                             messages: [{ role: "user", content: prompt }])
    JSON.parse(@http.request(req).body).dig("content", 0, "text")
  end

  def second_opinion(application)
    ssn = application.fetch(:ssn)
    question = "Does SSN #{ssn} look consistent with the stated birth year " \
               "#{application[:dob].year}? " \
               "Applicant phone: #{application[:phone]}."
    req = Net::HTTP::Post.new(FOUNDRY_URI, headers)
    req.body = JSON.generate(model: "claude-haiku-4-5", max_tokens: 300,
                             messages: [{ role: "user", content: question }])
    JSON.parse(@http.request(req).body).dig("content", 0, "text")
  end

  def checklist(application)
    missing = %i[ssn dob phone address].reject { |k| application[k].present? }
    Rails.logger.info("kyc missing fields=#{missing.join(',')} ssn_len=#{application[:ssn].to_s.length}")
    ask = "An application is missing these fields: #{missing.join(', ')}. " \
          "Write a polite request for the applicant asking for them."
    req = Net::HTTP::Post.new(FOUNDRY_URI, headers)
    req.body = JSON.generate(model: "claude-haiku-4-5", max_tokens: 300,
                             messages: [{ role: "user", content: ask }])
    JSON.parse(@http.request(req).body).dig("content", 0, "text")
  end

  private

  def headers
    {
      "content-type" => "application/json",
      "api-key" => ENV.fetch("ANTHROPIC_FOUNDRY_API_KEY"),
      "anthropic-version" => "2023-06-01"
    }
  end
end
