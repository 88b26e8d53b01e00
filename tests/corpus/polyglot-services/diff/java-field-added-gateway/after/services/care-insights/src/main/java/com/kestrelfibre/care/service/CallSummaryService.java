package com.kestrelfibre.care.service;

import com.kestrelfibre.care.model.CallRecord;
import com.kestrelfibre.care.model.Customer;
import com.kestrelfibre.care.model.CustomerRepository;
import com.openai.client.OpenAIClient;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class CallSummaryService {

    private static final String ESCALATION_MODEL = "claude-sonnet-4-5";

    private final OpenAIClient openai;
    private final CustomerRepository customers;
    private final String summaryModel;

    public CallSummaryService(OpenAIClient openai,
                              CustomerRepository customers,
                              @Value("${foundry-project.summary-model}") String summaryModel) {
        this.openai = openai;
        this.customers = customers;
        this.summaryModel = summaryModel;
    }

    /** Routine wrap-up notes for every call; the small model is plenty. */
    public String wrapUp(String callId) {
        CallRecord call = customers.findCall(callId).orElseThrow();
        Customer customer = customers.findById(call.customerId()).orElseThrow();
        ResponseCreateParams params = ResponseCreateParams.builder()
                .model(summaryModel)
                .instructions("Summarise the call in three bullet points for the CRM.")
                .input("Caller: " + customer.fullName() + "\n"
                        + "Email on file: " + customer.email() + "\n"
                        + call.transcript())
                .build();
        return outputText(openai.responses().create(params));
    }

    /** Escalations need the stronger model and the identity-check details. */
    public String escalationBrief(String callId) {
        CallRecord call = customers.findCall(callId).orElseThrow();
        Customer customer = customers.findById(call.customerId()).orElseThrow();
        ResponseCreateParams params = ResponseCreateParams.builder()
                .model(ESCALATION_MODEL)
                .instructions("Write an escalation brief for the complaints team: facts, impact, what was promised.")
                .input("Caller: " + customer.fullName() + "\n"
                        + "Date of birth (ID check passed): " + customer.dateOfBirth() + "\n"
                        + "Outcome so far: " + call.outcome() + "\n"
                        + "Transcript:\n" + call.transcript())
                .build();
        return outputText(openai.responses().create(params));
    }

    private static String outputText(Response response) {
        return response.output().stream()
                .flatMap(item -> item.message().stream())
                .flatMap(message -> message.content().stream())
                .flatMap(content -> content.outputText().stream())
                .map(text -> text.text())
                .collect(Collectors.joining());
    }
}
