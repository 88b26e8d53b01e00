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
        return text
    }
}
