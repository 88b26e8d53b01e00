package com.kestrelfibre.care.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "foundry")
public record FoundryProperties(String endpoint, String apiKey, String model) {
}
