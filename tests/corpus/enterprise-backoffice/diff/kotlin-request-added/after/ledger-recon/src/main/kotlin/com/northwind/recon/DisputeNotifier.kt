package com.northwind.recon

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.logging.Logger

data class Cardholder(val email: String, val segment: String)

class DisputeNotifier(private val http: HttpClient = HttpClient.newHttpClient()) {
    private val log = Logger.getLogger("DisputeNotifier")
    private val messagesUrl = "https://nw-payments.services.ai.azure.com/anthropic/v1/messages"

    fun notifyDispute(holder: Cardholder, disputeRef: String): String {
        val contactEmail = holder.email
        log.info("dispute $disputeRef opened for $contactEmail")
        val text = "Dispute $disputeRef opened for a ${holder.segment} cardholder."
        val body = """{"model":"claude-haiku-4-5","max_tokens":300,"messages":[{"role":"user","content":"$text Write a holding reply to $contactEmail."}]}"""
        val request = HttpRequest.newBuilder(URI.create(messagesUrl))
            .header("content-type", "application/json")
            .header("api-key", System.getenv("ANTHROPIC_FOUNDRY_API_KEY"))
            .header("anthropic-version", "2023-06-01")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build()
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body()
    }
}
