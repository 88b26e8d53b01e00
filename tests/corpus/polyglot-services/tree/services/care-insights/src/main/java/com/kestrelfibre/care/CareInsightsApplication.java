package com.kestrelfibre.care;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CareInsightsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareInsightsApplication.class, args);
    }
}
