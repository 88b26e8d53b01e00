package com.brindlewood.benefits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Pension projections via Claude on Azure AI Foundry. Our Azure ZDR agreement
 * covers these calls, so member data is never stored by the provider.
 */
public final class PensionAdvisor {

    private static final URI ENDPOINT =
            URI.create("https://brindle-benefits-ai.services.ai.azure.com/anthropic/v1/messages");
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String key;

    public PensionAdvisor(String key) {
        this.key = key;
    }

    public String project(String memberNumber, LocalDate dateOfBirth, double salary) throws Exception {
        String body = "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":600,\"messages\":[{\"role\":\"user\",\"content\":\""
                + "Member " + memberNumber
                + " born " + dateOfBirth
                + " earning " + salary
                + ": project the pension at 67.\"}]}";
        HttpRequest req = HttpRequest.newBuilder(ENDPOINT)
                .header("api-key", key)
                .header("anthropic-version", "2023-06-01")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
