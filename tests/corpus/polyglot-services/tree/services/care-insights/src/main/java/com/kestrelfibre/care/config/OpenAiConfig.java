package com.kestrelfibre.care.config;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OpenAiConfig {

    @Bean
    OpenAIClient projectOpenAiClient(@Value("${foundry-project.openai-endpoint}") String endpoint,
                                     @Value("${foundry-project.api-key}") String apiKey) {
        return OpenAIOkHttpClient.builder()
                .baseUrl(endpoint)
                .apiKey(apiKey)
                .build();
    }
}
