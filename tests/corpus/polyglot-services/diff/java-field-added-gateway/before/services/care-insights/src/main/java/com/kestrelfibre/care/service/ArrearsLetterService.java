package com.kestrelfibre.care.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.kestrelfibre.care.model.Customer;
import com.kestrelfibre.care.model.CustomerRepository;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Drafts arrears reminder letters for the collections team.
 *
 * <p>Claude on Foundry is a partner model: Azure's zero data retention does not apply to it,
 * and Anthropic may keep prompts for up to 30 days for abuse monitoring. Keep bank details
 * out of the prompt where you can.
 */
@Service
public class ArrearsLetterService {

    private final RestClient claude;
    private final CustomerRepository customers;
    private final String model;

    public ArrearsLetterService(@Qualifier("claudeRestClient") RestClient claude,
                                CustomerRepository customers,
                                @Value("${foundry.model}") String model) {
        this.claude = claude;
        this.customers = customers;
        this.model = model;
    }

    public String draft(long customerId, BigDecimal amountDue, LocalDate dueDate) {
        Customer customer = customers.findById(customerId).orElseThrow();
        Map<String, Object> body = Map.of(
                "model", model,
                "max_tokens", 700,
                "system", "Write a firm but kind arrears reminder letter. Plain English, no legal threats.",
                "metadata", Map.of("user_id", hashForMetadata(customer.email())),
                "messages", List.of(Map.of(
                        "role", "user",
                        "content", "Amount due: " + amountDue + " by " + dueDate
                                + ". We will collect by direct debit from " + customer.iban()
                                + " unless the customer calls us first.")));
        JsonNode reply = claude.post()
                .uri("/v1/messages")
                .body(body)
                .retrieve()
                .body(JsonNode.class);
        return reply == null ? "" : reply.path("content").path(0).path("text").asText();
    }

    private static String hashForMetadata(String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
