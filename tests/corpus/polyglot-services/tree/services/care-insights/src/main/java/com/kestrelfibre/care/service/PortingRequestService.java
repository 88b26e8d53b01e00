package com.kestrelfibre.care.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kestrelfibre.care.config.FoundryProperties;
import com.kestrelfibre.care.model.Customer;
import com.kestrelfibre.care.model.CustomerRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Checks a number-porting request against the losing provider's rejection message. */
@Service
public class PortingRequestService {

    private final FoundryProperties foundry;
    private final CustomerRepository customers;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public PortingRequestService(FoundryProperties foundry, CustomerRepository customers, ObjectMapper mapper) {
        this.foundry = foundry;
        this.customers = customers;
        this.mapper = mapper;
    }

    public String explainRejection(long customerId, String rejectionText) throws IOException, InterruptedException {
        Customer customer = customers.findById(customerId).orElseThrow();
        String question = "The losing provider rejected our port request with: " + rejectionText + "\n"
                + "Number being ported: " + customer.phoneNumber() + "\n"
                + "Account holder on our side: " + customer.fullName() + "\n"
                + "What is the most likely mismatch and what should the agent ask the customer?";
        Map<String, Object> body = Map.of(
                "model", foundry.model(),
                "max_tokens", 300,
                "messages", List.of(Map.of("role", "user", "content", question)));

        HttpRequest request = HttpRequest.newBuilder(URI.create(foundry.endpoint() + "/v1/messages"))
                .header("content-type", "application/json")
                .header("x-api-key", foundry.apiKey())
                .header("anthropic-version", "2023-06-01")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode root = mapper.readTree(response.body());
        return root.path("content").path(0).path("text").asText();
    }
}
