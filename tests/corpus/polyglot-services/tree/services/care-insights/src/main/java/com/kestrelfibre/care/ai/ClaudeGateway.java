package com.kestrelfibre.care.ai;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Blocking helper over the {@code claudeRestClient} bean for services that just need text back.
 *
 * <p>These calls are made under Microsoft's Azure data privacy commitments, so Anthropic does
 * not retain the prompts or the completions.
 */
@Component
public class ClaudeGateway {

    private static final Logger log = LoggerFactory.getLogger(ClaudeGateway.class);

    private final RestClient restClient;
    private final String model;

    public ClaudeGateway(@Qualifier("claudeRestClient") RestClient restClient,
                         @Value("${foundry.model}") String model) {
        this.restClient = restClient;
        this.model = model;
    }

    public String ask(String system, String prompt) {
        return ask(system, prompt, 1024);
    }

    public String ask(String system, String prompt, int maxTokens) {
        MessagesPayload.Response response = restClient.post()
                .uri("/v1/messages")
                .body(MessagesPayload.Request.of(model, maxTokens, system, prompt))
                .retrieve()
                .body(MessagesPayload.Response.class);
        if (response == null) {
            throw new IllegalStateException("empty response from the model");
        }
        log.debug("model call: {} input tokens, {} output tokens",
                response.usage().inputTokens(), response.usage().outputTokens());
        return response.text();
    }
}
