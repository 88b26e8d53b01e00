package com.kestrelfibre.care;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CareInsightsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareInsightsApplication.class, args);
    }
}
