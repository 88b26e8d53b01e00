// Kotlin (test cases): the Foundry backend of the Java SDK.
val client = AnthropicOkHttpClient.builder().backend(FoundryBackend.fromEnv()).build()

fun explain(member: Member) {
    val params = MessageCreateParams.builder().model("m").addUserMessage("IBAN ${member.iban}").build() // expect: sensitive-data/payment-field
    client.messages().create(params)
}
