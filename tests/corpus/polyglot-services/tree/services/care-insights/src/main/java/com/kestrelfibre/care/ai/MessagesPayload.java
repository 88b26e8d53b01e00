package com.kestrelfibre.care.ai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

public final class MessagesPayload {

    private MessagesPayload() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(
            String model,
            @JsonProperty("max_tokens") int maxTokens,
            String system,
            List<Message> messages,
            Map<String, String> metadata) {

        public static Request of(String model, int maxTokens, String system, String userText) {
            return new Request(model, maxTokens, system, List.of(new Message("user", userText)), null);
        }
    }

    public record Message(String role, String content) {
    }

    public record Response(String id, List<Block> content, Usage usage) {

        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Block b : content) {
                if ("text".equals(b.type())) {
                    sb.append(b.text());
                }
            }
            return sb.toString();
        }
    }

    public record Block(String type, String text) {
    }

    public record Usage(@JsonProperty("input_tokens") int inputTokens,
                        @JsonProperty("output_tokens") int outputTokens) {
    }
}
