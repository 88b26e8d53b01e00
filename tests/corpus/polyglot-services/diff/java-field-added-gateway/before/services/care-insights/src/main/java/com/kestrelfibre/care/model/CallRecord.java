package com.kestrelfibre.care.model;

import java.time.Duration;
import java.time.Instant;

public record CallRecord(
        String callId,
        long customerId,
        String agentName,
        Instant startedAt,
        Duration duration,
        String transcript,
        String outcome) {
}
