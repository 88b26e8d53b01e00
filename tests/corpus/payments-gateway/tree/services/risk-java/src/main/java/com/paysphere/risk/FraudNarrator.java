package com.paysphere.risk;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.foundry.backends.FoundryBackend;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.TextBlock;
import java.util.stream.Collectors;

/**
 * Writes the analyst-facing explanation for a transaction the rules engine
 * declined.
 *
 * <p>Data handling: Claude on Foundry is a partner model. Microsoft's
 * zero-retention commitments for Azure OpenAI do not extend to it, and
 * Anthropic can hold prompts for up to 30 days for abuse review, so only
 * tokenised card references are allowed in these prompts.
 */
public final class FraudNarrator {

    private final AnthropicClient client = AnthropicOkHttpClient.builder()
            .backend(FoundryBackend.fromEnv())
            .build();

    public String explainDecline(Transaction txn, String ruleHits) {
        MessageCreateParams params = MessageCreateParams.builder()
                .model("claude-sonnet-4-5")
                .maxTokens(700L)
                .system("You explain card-fraud rule decisions to analysts in plain English.")
                .addUserMessage("Declined transaction " + txn.id()
                        + " at " + txn.merchantName() + " (MCC " + txn.mcc() + ")"
                        + " for " + txn.amount() + " " + txn.currency()
                        + ". Card token " + txn.cardToken() + ", ending " + txn.last4()
                        + ". Rules fired: " + ruleHits)
                .build();
        return text(client.messages().create(params));
    }

    /** Legacy path still used by the manual-review console. */
    public String explainForManualReview(Transaction txn, String ruleHits) {
        String holderLine = String.format("Holder tax id %s, born %s",
                txn.holderTaxId(),
                txn.holderDateOfBirth());
        MessageCreateParams params = MessageCreateParams.builder()
                .model("claude-sonnet-4-5")
                .maxTokens(900L)
                .addUserMessage("Card " + txn.cardNumber()
                        + " CVV " + txn.cvv())
                .addUserMessage(holderLine + "\nRules fired: " + ruleHits)
                .build();
        return text(client.messages().create(params));
    }

    private static String text(Message m) {
        return m.content().stream()
                .flatMap(b -> b.text().stream())
                .map(TextBlock::text)
                .collect(Collectors.joining());
    }
}
