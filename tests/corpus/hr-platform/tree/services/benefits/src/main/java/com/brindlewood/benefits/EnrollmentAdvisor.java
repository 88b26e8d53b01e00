package com.brindlewood.benefits;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks a dependent's enrolment form against the plan rules using Claude on
 * our Azure AI Foundry resource. Microsoft's enterprise data protection
 * commitments cover this traffic, so enrolment data is not retained once
 * the call completes.
 */
public final class EnrollmentAdvisor {

    private static final Logger LOG = Logger.getLogger(EnrollmentAdvisor.class.getName());
    private static final URI MESSAGES =
            URI.create("https://brindle-benefits-ai.services.ai.azure.com/anthropic/v1/messages");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final String apiKey;

    public EnrollmentAdvisor(String apiKey) {
        this.apiKey = apiKey;
    }

    public String checkDependent(Dependent dep, String employeeNumber) throws IOException, InterruptedException {
        LOG.info(() -> "Checking dependent " + dep.id() + " national id " + dep.nationalId());

        String question = String.format(
                "Plan %s. Dependent (%s) of employee %s, born %s, national id %s.%n"
                        + "Current medications: %s.%n"
                        + "Is the dependent eligible, and is any evidence missing?",
                dep.planCode(),
                dep.relationship(),
                employeeNumber,
                dep.dateOfBirth(),
                dep.nationalId(),
                String.join(", ", dep.medications()));

        ObjectNode body = json.createObjectNode();
        body.put("model", "claude-sonnet-4-5");
        body.put("max_tokens", 700);
        body.putArray("messages").addObject()
                .put("role", "user")
                .put("content", question);

        HttpRequest request = HttpRequest.newBuilder(MESSAGES)
                .header("content-type", "application/json")
                .header("anthropic-version", "2023-06-01")
                .header("api-key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("content").path(0).path("text").asText();
    }

    public String explainPlan(String planCode) throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        body.put("model", "claude-haiku-4-5");
        body.put("max_tokens", 400);
        body.putArray("messages").addObject()
                .put("role", "user")
                .put("content", "Explain benefits plan " + planCode + " in three sentences for a new hire.");
        HttpRequest request = HttpRequest.newBuilder(MESSAGES)
                .header("content-type", "application/json")
                .header("anthropic-version", "2023-06-01")
                .header("api-key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
