package com.northwind.claims.ai;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.foundry.backends.FoundryBackend;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.northwind.claims.domain.ClaimRecord;
import com.northwind.claims.domain.Claimant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * First-pass triage of motor and health claims with Claude on Azure AI Foundry.
 * Prompts stay inside the Northwind Azure tenant and, like every other Azure
 * service we use, fall under Microsoft's zero data retention commitment.
 */
@Service
public class ClaimTriageService {

    private final AnthropicClient client;
    private final String deployment;

    public ClaimTriageService(
            @Value("${northwind.foundry.resource}") String resource,
            @Value("${northwind.foundry.api-key}") String apiKey,
            @Value("${northwind.foundry.deployment:claude-sonnet-4-5}") String deployment) {
        this.client = AnthropicOkHttpClient.builder()
                .backend(FoundryBackend.builder()
                        .resource(resource)
                        .apiKey(apiKey)
                        .build())
                .build();
        this.deployment = deployment;
    }

    public String triage(Claimant claimant, ClaimRecord claim) {
        StringBuilder prompt = new StringBuilder();
        prompt.append("Classify this claim as FAST_TRACK, STANDARD or REFER.\n");
        prompt.append("Claim reference: ").append(claim.claimNumber()).append('\n');
        prompt.append("Claimant national id: ").append(claimant.nationalId()).append('\n');
        prompt.append("Reported injury: ").append(claim.diagnosis()).append('\n');
        prompt.append("Line items: ").append(claim.lineItemCount()).append('\n');
        prompt.append("Channel: ").append(claim.channel().name()).append('\n');

        MessageCreateParams params = MessageCreateParams.builder()
                .model(deployment)
                .maxTokens(400)
                .system("You are a claims triage assistant. Answer with one label and one sentence.")
                .addUserMessage(prompt.toString())
                .build();
        Message reply = client.messages().create(params);
        return reply.content().get(0).asText().text();
    }

    /** Fraud screen: only pseudonymised ids, counts and enum values leave this method. */
    public String fraudScreen(Claimant claimant, ClaimRecord claim, int priorClaims) {
        String prompt = String.format(
                "Claimant token %s has %d prior claims; this claim has %d line items in status %s. Risk: LOW, MEDIUM or HIGH?",
                Pseudonyms.pseudonymize(claimant.customerId()),
                priorClaims,
                claim.lineItemCount(),
                claim.status());
        MessageCreateParams params = MessageCreateParams.builder()
                .model(deployment)
                .maxTokens(20)
                .addUserMessage(prompt)
                .build();
        return client.messages().create(params).content().get(0).asText().text();
    }
}
