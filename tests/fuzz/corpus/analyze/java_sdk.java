// Java (test cases): the Foundry backend of the Anthropic Java SDK.
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.foundry.backends.FoundryBackend;

class Billing {
    private final AnthropicClient client = AnthropicOkHttpClient.builder().backend(FoundryBackend.fromEnv()).build();

    String explain(Member member) {
        MessageCreateParams params = MessageCreateParams.builder()
            .model("claude-sonnet-4-5")
            .maxTokens(300)
            .addUserMessage("Card ending " + member.cardNumber()) // expect: sensitive-data/payment-field
            .build();
        return client.messages().create(params).toString();
    }
}
