package com.northwind.claims.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.claims.domain.Customer;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;

/** DR fallback: Claude on Amazon Bedrock (eu-central-1) when Foundry is unavailable. */
public class BedrockClaimFallback {

    private final BedrockRuntimeClient bedrock = BedrockRuntimeClient.builder()
            .region(Region.EU_CENTRAL_1)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    public String welcomeLetter(Customer customer) throws Exception {
        String customerJson = mapper.writeValueAsString(customer);
        Map<String, Object> body = Map.of(
                "anthropic_version", "bedrock-2023-05-31",
                "max_tokens", 800,
                "messages", List.of(Map.of("role", "user",
                        "content", "Draft a welcome letter for " + customer.email() + ":\n" + customerJson)));
        var response = bedrock.invokeModel(InvokeModelRequest.builder()
                .modelId("anthropic.claude-3-5-sonnet-20240620-v1:0")
                .body(SdkBytes.fromUtf8String(mapper.writeValueAsString(body)))
                .build());
        return response.body().asUtf8String();
    }
}
