package com.kestrelfibre.care.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kestrelfibre.care.ai.ClaudeGateway;
import com.kestrelfibre.care.model.Customer;
import com.kestrelfibre.care.model.CustomerRepository;
import org.springframework.stereotype.Service;

@Service
public class ComplaintResponseService {

    private static final String FINAL_RESPONSE_SYSTEM =
            "Draft an Ofcom-compliant final response letter to a broadband complaint. Be specific about "
            + "what we got wrong, what we will do, and the customer's right to go to the ombudsman.";

    private final ClaudeGateway claude;
    private final CustomerRepository customers;
    private final ObjectMapper mapper;

    public ComplaintResponseService(ClaudeGateway claude, CustomerRepository customers, ObjectMapper mapper) {
        this.claude = claude;
        this.customers = customers;
        this.mapper = mapper;
    }

    public String draftFinalResponse(long customerId, String complaintSummary) throws JsonProcessingException {
        Customer customer = customers.findById(customerId).orElseThrow();
        String profile = mapper.writeValueAsString(customer);
        String prompt = "Customer profile (JSON):\n" + profile + "\n\nComplaint summary:\n" + complaintSummary;
        return claude.ask(FINAL_RESPONSE_SYSTEM, prompt, 1500);
    }

    public String acknowledge(String complaintSummary) {
        return claude.ask("Write a two-sentence acknowledgement of a broadband complaint.", complaintSummary, 200);
    }
}
