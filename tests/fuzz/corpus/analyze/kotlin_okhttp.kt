// Kotlin (test cases): OkHttp requests to Foundry built with builder lambdas.
import okhttp3.OkHttpClient
import okhttp3.Request

class PayoutExplainer(private val http: OkHttpClient = OkHttpClient()) {
    private val base = "https://contoso.services.ai.azure.com/anthropic"

    fun explain(payout: Payout): String {
        val prompt = """
            Beneficiary IBAN: ${payout.iban} // expect: sensitive-data/payment-field
        """.trimIndent()
        val body = buildJsonObject {
            put("model", "claude-haiku-4-5")
            putJsonArray("messages") { add(buildJsonObject { put("role", "user"); put("content", prompt) }) }
        }
        val req = Request.Builder().url("$base/v1/messages").header("anthropic-version", "2023-06-01")
            .post(body.toString().toRequestBody(null)).build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }

    fun harmless(payout: Payout): String {
        val body = buildJsonObject { put("content", "Payout ${payout.id} failed") }
        val req = Request.Builder().url("$base/v1/messages").post(body.toString().toRequestBody(null)).build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
