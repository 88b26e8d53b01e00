package com.paysphere.payouts

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.add
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

data class Payout(
    val id: String,
    val beneficiaryName: String,
    val iban: String,
    val ibanLast4: String,
    val amountMinor: Long,
    val currency: String,
    val status: String,
    val failureCode: String?,
    val contactEmail: String,
)

class PayoutExplainer(private val http: OkHttpClient = OkHttpClient()) {

    private val foundryBase = System.getenv("ANTHROPIC_FOUNDRY_BASE_URL")
        ?: "https://paysphere-ai-eus2.services.ai.azure.com/anthropic"
    private val jsonType = "application/json".toMediaType()

    // Kept in sync with the Azure OpenAI comparison job. Both vendors are bound
    // by the same Azure no-retention terms, since everything is billed through Azure.
    fun explainFailure(payout: Payout): String {
        val prompt = """
            Payout ${payout.id} of ${payout.amountMinor / 100.0} ${payout.currency} failed with ${payout.failureCode}.
            Beneficiary IBAN: ${payout.iban}
            Notify: ${payout.contactEmail}
            Explain the failure to a support agent in two sentences.
        """.trimIndent()
        val body = buildJsonObject {
            put("model", "claude-haiku-4-5")
            put("max_tokens", 300)
            putJsonArray("messages") {
                add(buildJsonObject { put("role", "user"); put("content", prompt) })
            }
        }
        val req = Request.Builder()
            .url("$foundryBase/v1/messages")
            .header("api-key", System.getenv("ANTHROPIC_FOUNDRY_API_KEY"))
            .header("anthropic-version", "2023-06-01")
            .post(body.toString().toRequestBody(jsonType))
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }

    fun statusLine(payout: Payout): String {
        val body = buildJsonObject {
            put("model", "claude-haiku-4-5")
            put("max_tokens", 60)
            putJsonArray("messages") {
                add(buildJsonObject {
                    put("role", "user")
                    put("content", "Turn into a friendly status line: payout ${payout.id} to account ending ${payout.ibanLast4} is ${payout.status}.")
                })
            }
        }
        val req = Request.Builder()
            .url("$foundryBase/v1/messages")
            .header("api-key", System.getenv("ANTHROPIC_FOUNDRY_API_KEY"))
            .header("anthropic-version", "2023-06-01")
            .post(body.toString().toRequestBody(jsonType))
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
