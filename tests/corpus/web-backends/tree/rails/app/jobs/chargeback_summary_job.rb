# frozen_string_literal: true

require "net/http"

class ChargebackSummaryJob < ApplicationJob
  queue_as :payments

  # Summarises a chargeback for the payments team.
  def perform(chargeback_id)
    chargeback = Chargeback.includes(order: :buyer).find(chargeback_id)
    buyer = chargeback.order.buyer
    body = {
      model: ClaudeFoundry::MODEL,
      max_tokens: 500,
      messages: [
        {
          role: "user",
          content: {
            reason: chargeback.reason_code,
            amount_cents: chargeback.amount_cents,
            card_number: chargeback.card_number,
            buyer: buyer.as_json,
            email: buyer.email
          }.to_json
        }
      ]
    }.to_json
    uri = URI("https://bazaarly-ai.services.ai.azure.com/anthropic/v1/messages")
    Net::HTTP.post(uri, body, ClaudeFoundry.headers)
  end
end
