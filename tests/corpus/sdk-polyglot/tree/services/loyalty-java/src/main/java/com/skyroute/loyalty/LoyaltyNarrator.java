package com.skyroute.loyalty;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.foundry.backends.FoundryBackend;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes points statements for loyalty members using Claude on Foundry.
 */
public final class LoyaltyNarrator {

    private final AnthropicClient client = AnthropicOkHttpClient.builder()
            .backend(FoundryBackend.fromEnv())
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    public String statement(Member member) {
        String prompt = String.format(
                "Write a points statement for %s, tier %s, balance %d points. Card on file: %s.",
                member.fullName(),
                member.tier(),
                member.pointsBalance(),
                member.loyaltyCardNumber());

        MessageCreateParams params = MessageCreateParams.builder()
                .model("claude-sonnet-4-5")
                .maxTokens(800L)
                .system("You are SkyRoute's loyalty desk.")
                .addUserMessage(prompt)
                .build();
        Message reply = client.messages().create(params);
        return reply.content().get(0).asText().text();
    }

    public void birthdayOffer(Member member) throws Exception {
        MessageCreateParams.Builder builder = MessageCreateParams.builder()
                .model("claude-haiku-4-5")
                .maxTokens(300L);
        builder.addUserMessage("Draft a birthday upgrade offer. Member born on "
                + member.dateOfBirth()
                + ", reachable at "
                + member.email());
        try (StreamResponse<RawMessageStreamEvent> stream =
                client.messages().createStreaming(builder.build())) {
            stream.stream().forEach(System.out::println);
        }
    }

    public String profileReview(Member member) throws Exception {
        String json = mapper.writeValueAsString(member);
        Message reply = client.messages().create(MessageCreateParams.builder()
                .model("claude-sonnet-4-5")
                .maxTokens(500L)
                .addUserMessage("Review this member profile for upgrade eligibility: " + json)
                .build());
        return reply.content().get(0).asText().text();
    }

    public String tierNudge(String tier, int pointsToNext) {
        Message reply = client.messages().create(MessageCreateParams.builder()
                .model("claude-haiku-4-5")
                .maxTokens(200L)
                .addUserMessage("A " + tier + " member is " + pointsToNext + " points from the next tier. Suggest a nudge.")
                .build());
        return reply.content().get(0).asText().text();
    }
}
