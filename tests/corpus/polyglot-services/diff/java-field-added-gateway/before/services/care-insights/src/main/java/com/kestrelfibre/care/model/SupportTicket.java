package com.kestrelfibre.care.model;

import java.time.Instant;
import java.util.List;

public record SupportTicket(
        long id,
        long customerId,
        String subject,
        String description,
        String priority,
        List<String> tags,
        Instant createdAt) {
}
