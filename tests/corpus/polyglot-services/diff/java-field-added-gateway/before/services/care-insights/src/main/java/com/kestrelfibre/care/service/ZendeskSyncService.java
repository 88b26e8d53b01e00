package com.kestrelfibre.care.service;

import com.kestrelfibre.care.model.Customer;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class ZendeskSyncService {

    private final RestClient zendesk;

    public ZendeskSyncService(@Qualifier("zendeskRestClient") RestClient zendesk) {
        this.zendesk = zendesk;
    }

    public void annotate(long ticketId, String triage, String callbackNumber) {
        Map<String, Object> body = Map.of("ticket", Map.of(
                "comment", Map.of(
                        "body", "Auto-triage: " + triage + ". Callback number: " + callbackNumber,
                        "public", false),
                "tags", List.of("auto-triaged")));
        zendesk.put().uri("/tickets/{id}.json", ticketId).body(body).retrieve().toBodilessEntity();
    }

    public void upsertUser(Customer customer) {
        Map<String, Object> user = Map.of("user", Map.of(
                "name", customer.fullName(),
                "email", customer.email(),
                "phone", customer.phoneNumber(),
                "external_id", String.valueOf(customer.id())));
        zendesk.post().uri("/users/create_or_update.json").body(user).retrieve().toBodilessEntity();
    }
}
