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

// RestTemplate with a body built from collection calls: listOf/mapOf pass their elements on
// (listOf is not a lookup keyed by its arguments, as listInvoices(customer) would be).
class InstallNotes(private val claude: org.springframework.web.client.RestTemplate) {
    fun summarize(customer: Customer, answers: String): String? {
        val body = mapOf(
            "model" to "claude-haiku-4-5",
            "messages" to listOf(
                mapOf("role" to "user", "content" to "Install at ${customer.homeAddress()}\n$answers"), // expect: sensitive-data/personal-field
            ),
        )
        return claude.postForObject("https://contoso.services.ai.azure.com/anthropic/v1/messages", body, String::class.java)
    }

    fun counts(customer: Customer): String? {
        val body = mapOf("messages" to listOf(mapOf("content" to "Open tickets: ${listTickets(customer.homeAddress()).size}")))
        return claude.postForObject("https://contoso.services.ai.azure.com/anthropic/v1/messages", body, String::class.java)
    }
}
