package com.paysphere.payouts

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONArray
import org.json.JSONObject

class StatusLine(private val http: OkHttpClient = OkHttpClient()) {
    private val url = "https://paysphere-ai-eus2.services.ai.azure.com/anthropic/v1/messages"

    fun render(payoutId: String, ibanLast4: String, status: String, contactEmail: String): String {
        val text = "Turn into a friendly status line: payout $payoutId " +
            "to account ending $ibanLast4 is $status."
        val body = JSONObject()
            .put("model", "claude-haiku-4-5")
            .put("max_tokens", 60)
            .put("messages", JSONArray().put(JSONObject().put("role", "user").put("content", text)))
        val req = Request.Builder().url(url)
            .header("api-key", System.getenv("ANTHROPIC_FOUNDRY_API_KEY"))
            .header("anthropic-version", "2023-06-01")
            .post(body.toString().toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
