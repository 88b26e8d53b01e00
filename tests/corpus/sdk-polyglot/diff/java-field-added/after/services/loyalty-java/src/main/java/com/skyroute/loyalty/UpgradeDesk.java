package com.skyroute.loyalty;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.foundry.backends.FoundryBackend;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;

public final class UpgradeDesk {

    private final AnthropicClient client = AnthropicOkHttpClient.builder()
            .backend(FoundryBackend.fromEnv())
            .build();

    public String offer(Member member, String flight) {
        String prompt = String.join("\n",
                "Offer an upgrade on " + flight + ".",
                "Tier: " + member.tier(),
                "Phone: " + member.phoneNumber(),
                "Email: " + member.email());
        Message reply = client.messages().create(MessageCreateParams.builder()
                .model("claude-haiku-4-5")
                .maxTokens(300L)
                .addUserMessage(prompt)
                .build());
        return reply.content().get(0).asText().text();
    }
}
