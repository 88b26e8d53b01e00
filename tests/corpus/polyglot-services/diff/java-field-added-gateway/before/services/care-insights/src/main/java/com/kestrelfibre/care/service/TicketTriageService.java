package com.kestrelfibre.care.service;

import com.kestrelfibre.care.ai.MessagesPayload;
import com.kestrelfibre.care.model.Customer;
import com.kestrelfibre.care.model.CustomerRepository;
import com.kestrelfibre.care.model.SupportTicket;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Service
public class TicketTriageService {

    private static final String TRIAGE_SYSTEM =
            "Classify the ticket as outage, billing, install, speed or other and give a priority P1-P4. "
            + "Reply exactly as 'category;priority'.";

    private final WebClient claude;
    private final ZendeskSyncService zendesk;
    private final CustomerRepository customers;
    private final String model;

    public TicketTriageService(@Qualifier("claudeWebClient") WebClient claude,
                               ZendeskSyncService zendesk,
                               CustomerRepository customers,
                               @Value("${foundry.model}") String model) {
        this.claude = claude;
        this.zendesk = zendesk;
        this.customers = customers;
        this.model = model;
    }

    public Mono<String> triage(long ticketId) {
        SupportTicket ticket = customers.findTicket(ticketId).orElseThrow();
        Customer customer = customers.findById(ticket.customerId()).orElseThrow();
        String userText = ticket.subject() + "\n\n" + ticket.description()
                + "\n\nCallback number: " + customer.phoneNumber();

        return claude.post()
                .uri("/v1/messages")
                .bodyValue(MessagesPayload.Request.of(model, 50, TRIAGE_SYSTEM, userText))
                .retrieve()
                .bodyToMono(MessagesPayload.Response.class)
                .map(MessagesPayload.Response::text)
                .doOnNext(result -> zendesk.annotate(ticket.id(), result, customer.phoneNumber()));
    }
}
