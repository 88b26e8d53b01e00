package com.brindlewood.benefits;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.foundry.backends.FoundryBackend;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.TextBlock;
import java.util.stream.Collectors;

/**
 * Drafts onboarding messages and triages integration failures with Claude.
 * Retention for Claude on Foundry follows Anthropic's terms, not Azure's.
 */
public final class OnboardingAssistant {

    public record NewHire(String employeeNumber, String givenName, String workEmail,
                          String temporaryPassword, String passwordPolicy, String startDate) {}

    private final AnthropicClient client;

    public OnboardingAssistant() {
        this.client = AnthropicOkHttpClient.builder()
                .backend(FoundryBackend.builder()
                        .apiKey(System.getenv("ANTHROPIC_FOUNDRY_API_KEY"))
                        .resource("brindle-benefits-ai")
                        .build())
                .build();
    }

    public String welcomeEmail(NewHire hire) {
        MessageCreateParams params = MessageCreateParams.builder()
                .model("claude-haiku-4-5")
                .maxTokens(600)
                .system("Write a friendly first-day e-mail. Keep it under 150 words.")
                .addUserMessage("A new hire starts on " + hire.startDate()
                        + ". Password rules: " + hire.passwordPolicy()
                        + ". Their first-login password is " + hire.temporaryPassword()
                        + ". Explain how to change it.")
                .build();
        return text(client.messages().create(params));
    }

    public String triageProviderSync(String errorLog, String vendorApiKey) {
        String context = "Benefits provider sync failed.\n"
                + "Database: Server=tcp:brindle-benefits.database.windows.net,1433;Initial Catalog=enrolment;"
                + "User ID=svc_enrolment;Password=Vq7#mT2k!pR9zL;Encrypt=True;\n"
                + "Provider key in use: " + vendorApiKey + "\n";
        MessageCreateParams params = MessageCreateParams.builder()
                .model("claude-sonnet-4-5")
                .maxTokens(1000)
                .addUserMessage(context + "Log:\n" + errorLog)
                .build();
        return text(client.messages().create(params));
    }

    private static String text(Message message) {
        return message.content().stream()
                .flatMap(block -> block.text().stream())
                .map(TextBlock::text)
                .collect(Collectors.joining());
    }
}
