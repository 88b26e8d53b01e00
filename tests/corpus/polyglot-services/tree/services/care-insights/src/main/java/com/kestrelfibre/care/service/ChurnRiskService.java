package com.kestrelfibre.care.service;

import com.kestrelfibre.care.ai.ClaudeGateway;
import com.kestrelfibre.care.model.Customer;
import com.kestrelfibre.care.model.CustomerRepository;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ChurnRiskService {

    private static final String SYSTEM =
            "You are a retention analyst at a broadband provider. Name the two most likely churn drivers "
            + "and one action for the care team, in under 80 words.";

    private final ClaudeGateway claude;
    private final CustomerRepository customers;

    public ChurnRiskService(ClaudeGateway claude, CustomerRepository customers) {
        this.claude = claude;
        this.customers = customers;
    }

    public String explain(long customerId) {
        Customer customer = customers.findById(customerId).orElseThrow();
        String prompt = String.join("\n",
                "Customer: " + customer.fullName(),
                "Plan: " + customer.planCode() + ", customer since " + customer.customerSince().getYear(),
                "Credit score: " + customer.creditScore(),
                "Preferred channel: " + customer.preferredChannel(),
                "Marketing template: " + customer.emailTemplateId());
        return claude.ask(SYSTEM, prompt);
    }

    public List<String> weeklyDigest() {
        return customers.findAtRisk(600).stream()
                .map(c -> claude.ask(SYSTEM,
                        "Account " + c.accountNumber() + " on plan " + c.planCode() + " was flagged this week.",
                        300))
                .toList();
    }
}
