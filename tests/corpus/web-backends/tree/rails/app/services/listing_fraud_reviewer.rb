# frozen_string_literal: true

require "net/http"
require "json"

# Scores a new listing for fraud signals before it goes live.
class ListingFraudReviewer
  def initialize(listing)
    @listing = listing
  end

  def call
    seller = @listing.seller
    payload = {
      model: ClaudeFoundry::MODEL,
      max_tokens: 300,
      messages: [
        {
          role: "user",
          content: <<~PROMPT
            Listing #{@listing.id}: #{@listing.title} at #{@listing.price_cents} cents
            Seller since #{seller.created_at.to_date}, #{seller.listings_count} listings
            Seller contact: #{seller.attributes.slice("email", "phone_number").to_json}
            Payout account: #{seller.payout_account_number}
            Fraud risk (low/medium/high) and why?
          PROMPT
        }
      ]
    }
    uri = URI(ClaudeFoundry::MESSAGES_URL)
    res = Net::HTTP.post(uri, payload.to_json, ClaudeFoundry.headers)
    JSON.parse(res.body).dig("content", 0, "text")
  end

  # Category-level stats only; seller identity is replaced by a digest.
  def category_baseline
    payload = {
      model: ClaudeFoundry::MODEL,
      max_tokens: 150,
      messages: [
        { role: "user", content: "Category #{@listing.category}, seller #{Digest::SHA256.hexdigest(@listing.seller_id.to_s)}, median price #{@listing.category_median_cents}" }
      ]
    }
    res = Net::HTTP.post(URI(ClaudeFoundry::MESSAGES_URL), payload.to_json, ClaudeFoundry.headers)
    JSON.parse(res.body).dig("content", 0, "text")
  end
end
