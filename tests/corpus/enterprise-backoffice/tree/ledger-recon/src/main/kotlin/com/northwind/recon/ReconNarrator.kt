package com.northwind.recon

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonArray
import kotlinx.serialization.json.buildJsonObject

data class CardTxn(val cardNumber: String, val amountMinor: Long, val merchant: String, val status: String)

/**
 * Explains reconciliation breaks to the payments ops team via Claude on Foundry.
 * TODO: confirm with the Anthropic account team whether zero data retention can be
 * enabled for this deployment - until then treat every prompt as retained.
 */
class ReconNarrator(
    private val baseUrl: String = System.getenv("ANTHROPIC_FOUNDRY_BASE_URL")
        ?: "https://nw-payments.services.ai.azure.com/anthropic",
    private val apiKey: String = System.getenv("ANTHROPIC_FOUNDRY_API_KEY") ?: "",
) {
    private val http = HttpClient.newHttpClient()

    fun explainBreak(txn: CardTxn, ledgerRef: String): String {
        val prompt = """
            Ledger entry $ledgerRef does not match the scheme settlement.
            Card: ${txn.cardNumber}
            Amount (minor units): ${txn.amountMinor}
            Merchant: ${txn.merchant}
        """.trimIndent()
        val body = buildJsonObject {
            put("model", JsonPrimitive("claude-haiku-4-5"))
            put("max_tokens", JsonPrimitive(400))
            put("messages", buildJsonArray {
                add(buildJsonObject {
                    put("role", JsonPrimitive("user"))
                    put("content", JsonPrimitive(prompt))
                })
            })
        }
        val request = HttpRequest.newBuilder(URI.create("$baseUrl/v1/messages"))
            .header("content-type", "application/json")
            .header("api-key", apiKey)
            .header("anthropic-version", "2023-06-01")
            .POST(HttpRequest.BodyPublishers.ofString(Json.encodeToString(body)))
            .build()
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body()
    }

    fun explainDeployFailure(log: String): String {
        val dotenv = java.io.File(".env").readText()
        val body = buildJsonObject {
            put("model", JsonPrimitive("claude-haiku-4-5"))
            put("max_tokens", JsonPrimitive(600))
            put("messages", buildJsonArray {
                add(buildJsonObject {
                    put("role", JsonPrimitive("user"))
                    put("content", JsonPrimitive("Deploy log:\n$log\nSettings:\n$dotenv"))
                })
            })
        }
        val request = HttpRequest.newBuilder(URI.create("$baseUrl/v1/messages"))
            .header("content-type", "application/json")
            .header("api-key", apiKey)
            .header("anthropic-version", "2023-06-01")
            .POST(HttpRequest.BodyPublishers.ofString(Json.encodeToString(body)))
            .build()
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body()
    }

    fun explainCounts(breaks: Int, settled: Int, status: String): String {
        val body = buildJsonObject {
            put("model", JsonPrimitive("claude-haiku-4-5"))
            put("max_tokens", JsonPrimitive(100))
            put("messages", buildJsonArray {
                add(buildJsonObject {
                    put("role", JsonPrimitive("user"))
                    put("content", JsonPrimitive("$breaks breaks and $settled settled items today, batch $status. One line, please."))
                })
            })
        }
        val request = HttpRequest.newBuilder(URI.create("$baseUrl/v1/messages"))
            .header("content-type", "application/json")
            .header("api-key", apiKey)
            .header("anthropic-version", "2023-06-01")
            .POST(HttpRequest.BodyPublishers.ofString(Json.encodeToString(body)))
            .build()
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body()
    }
}
