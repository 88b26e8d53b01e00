package com.kestrelfibre.care.config;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class HttpClientsConfig {

    private static final String ANTHROPIC_VERSION = "2023-06-01";

    @Bean
    RestClient claudeRestClient(RestClient.Builder builder,
                                @Value("${foundry.endpoint}") String endpoint,
                                @Value("${foundry.api-key}") String apiKey) {
        return builder
                .baseUrl(endpoint)
                .defaultHeader("x-api-key", apiKey)
                .defaultHeader("anthropic-version", ANTHROPIC_VERSION)
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    WebClient claudeWebClient(WebClient.Builder builder,
                              @Value("${foundry.endpoint}") String endpoint,
                              @Value("${foundry.api-key}") String apiKey) {
        return builder
                .baseUrl(endpoint)
                .defaultHeader("x-api-key", apiKey)
                .defaultHeader("anthropic-version", ANTHROPIC_VERSION)
                .build();
    }

    @Bean
    RestTemplate claudeRestTemplate(RestTemplateBuilder builder,
                                    @Value("${foundry.endpoint}") String endpoint,
                                    @Value("${foundry.api-key}") String apiKey) {
        return builder
                .rootUri(endpoint)
                .defaultHeader("x-api-key", apiKey)
                .defaultHeader("anthropic-version", ANTHROPIC_VERSION)
                .setReadTimeout(Duration.ofSeconds(60))
                .build();
    }

    @Bean
    RestClient zendeskRestClient(RestClient.Builder builder,
                                 @Value("${zendesk.base-url}") String baseUrl,
                                 @Value("${zendesk.api-token}") String apiToken) {
        return builder
                .baseUrl(baseUrl)
                .defaultHeaders(h -> h.setBasicAuth("care-bot@kestrelfibre.co.uk/token", apiToken))
                .build();
    }
}
