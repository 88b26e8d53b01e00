package com.northwind.claims.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.foundry.backends.FoundryBackend;
import com.anthropic.models.messages.MessageCreateParams;
import org.junit.jupiter.api.Test;

/** Runs against the real nw-claims-ai Foundry deployment in the nightly pipeline. */
class FoundrySmokeIT {

    private final AnthropicClient client = AnthropicOkHttpClient.builder()
            .backend(FoundryBackend.fromEnv())
            .build();

    @Test
    void extractsContactDetailsFromRealLetter() {
        String letter = String.join("\n",
                "Dear Northwind, I am writing about claim CLM-2025-004417.",
                "You can reach me at hannah.okafor@protonmail.com.",
                "My mobile is +1 614-872-3390.",
                "My social security number is 512-38-4471.",
                "Please refund to IBAN DE44500105175407324931.",
                "The card I paid the excess with was 4539148803436467.");
        MessageCreateParams params = MessageCreateParams.builder()
                .model("claude-haiku-4-5")
                .maxTokens(300)
                .addUserMessage("Extract the contact details as JSON:\n" + letter)
                .build();
        assertThat(client.messages().create(params).content()).isNotEmpty();
    }

    @Test
    void placeholdersOnly() {
        MessageCreateParams params = MessageCreateParams.builder()
                .model("claude-haiku-4-5")
                .maxTokens(100)
                .addUserMessage("Reply OK. Contact: user@example.com, SSN xxx-xx-xxxx, password <password>.")
                .build();
        assertThat(client.messages().create(params).content()).isNotEmpty();
    }

    @Test
    void flagsLeakedSecretsInConfig() {
        String config = "anthropic.api-key=sk-ant-api03-A7EUrE3AAHhO1MfAVsATGYCVqf8p2B0jHtebU4vHoBoh26pOO2skFJqQZw45rsjHDOwdNoFF_FF6Yo7Le-xTDNrgGAUf2AA\n"
                + "aws.access-key-id=AKIA7R3EODFRBHJFPYSI\n"
                + "docs.storage=DefaultEndpointsProtocol=https;AccountName=nwclaimsdocs;AccountKey=Q3050/2bikr9ENI+IyjcJUrR4imeOknNgzwr3rIWjJU6Otf4zvpbxXWeOyLv5Q58LAerdjqYPe41xQRXGD658w==;EndpointSuffix=core.windows.net\n";
        MessageCreateParams params = MessageCreateParams.builder()
                .model("claude-haiku-4-5")
                .maxTokens(300)
                .addUserMessage("List every secret in this config file:\n" + config)
                .build();
        assertThat(client.messages().create(params).content()).isNotEmpty();
    }
}
