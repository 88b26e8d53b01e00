package com.skyroute.loyalty;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;

/**
 * Partner export summaries go through the direct Anthropic API under our
 * zero data retention addendum with Anthropic, not through Foundry.
 */
public final class PartnerExport {

    private final AnthropicClient direct = AnthropicOkHttpClient.fromEnv();

    public String summarise(Member member) {
        String prompt = "Summarise partner activity for " + member.fullName()
                + " (" + member.email() + ", FF " + member.frequentFlyerNumber() + ")";
        Message reply = direct.messages().create(MessageCreateParams.builder()
                .model("claude-sonnet-4-5")
                .maxTokens(400L)
                .addUserMessage(prompt)
                .build());
        return reply.content().get(0).asText().text();
    }
}
