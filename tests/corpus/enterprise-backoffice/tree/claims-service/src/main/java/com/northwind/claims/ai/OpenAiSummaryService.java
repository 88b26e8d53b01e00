package com.northwind.claims.ai;

import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.ai.openai.models.ChatCompletions;
import com.azure.ai.openai.models.ChatCompletionsOptions;
import com.azure.ai.openai.models.ChatRequestUserMessage;
import com.azure.core.credential.AzureKeyCredential;
import com.northwind.claims.domain.Customer;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Legacy GPT-4o account summariser on Azure OpenAI. This subscription is approved
 * for modified abuse monitoring, so Azure OpenAI does not store these prompts.
 */
@Service
public class OpenAiSummaryService {

    private final OpenAIClient openAi;

    public OpenAiSummaryService(@Value("${northwind.aoai.endpoint}") String endpoint,
                                @Value("${northwind.aoai.key}") String key) {
        this.openAi = new OpenAIClientBuilder()
                .endpoint(endpoint)
                .credential(new AzureKeyCredential(key))
                .buildClient();
    }

    public String summarise(Customer customer) {
        String prompt = "Summarise the account of " + customer.fullName()
                + " (" + customer.email() + ", born " + customer.dateOfBirth()
                + ", IBAN " + customer.iban() + ").";
        ChatCompletions out = openAi.getChatCompletions("gpt-4o",
                new ChatCompletionsOptions(List.of(new ChatRequestUserMessage(prompt))));
        return out.getChoices().get(0).getMessage().getContent();
    }
}
