package com.paysphere.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * KYC escalation summaries for the compliance team.
 *
 * Requests are served by our own Foundry resource in West Europe, which
 * means the applicant file stays inside the Azure tenant end to end and is
 * thrown away as soon as Claude answers.
 */
public class KycSummaryClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENDPOINT =
            "https://paysphere-ai-weu.services.ai.azure.com/anthropic/v1/messages";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String apiKey = System.getenv("ANTHROPIC_FOUNDRY_API_KEY");

    public String summarise(Map<String, String> applicant, List<String> screeningHits)
            throws IOException, InterruptedException {
        String ssn = applicant.get("ssn");
        String prompt = """
                Summarise this KYC escalation for a compliance officer.
                Applicant: %s
                SSN: %s
                Date of birth: %s
                Screening hits: %s
                """.formatted(
                applicant.get("full_name"),
                ssn,
                applicant.get("date_of_birth"),
                String.join("; ", screeningHits));

        Map<String, Object> body = Map.of(
                "model", "claude-opus-4-1",
                "max_tokens", 1200,
                "messages", List.of(Map.of("role", "user", "content", prompt)));

        HttpRequest req = HttpRequest.newBuilder(URI.create(ENDPOINT))
                .header("content-type", "application/json")
                .header("api-key", apiKey)
                .header("anthropic-version", "2023-06-01")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Field names only: used to tell Claude which columns the form has. */
    public String describeForm(List<String> fieldNames) throws IOException, InterruptedException {
        String prompt = "The onboarding form has these fields: " + String.join(", ", fieldNames)
                + ". Which of them are mandatory under AMLD6? Answer as a bullet list.";
        Map<String, Object> body = Map.of(
                "model", "claude-haiku-4-5",
                "max_tokens", 300,
                "messages", List.of(Map.of("role", "user", "content", prompt)));
        HttpRequest req = HttpRequest.newBuilder(URI.create(ENDPOINT))
                .header("content-type", "application/json")
                .header("api-key", apiKey)
                .header("anthropic-version", "2023-06-01")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
