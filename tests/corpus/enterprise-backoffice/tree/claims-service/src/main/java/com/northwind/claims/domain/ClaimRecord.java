package com.northwind.claims.domain;

import java.time.LocalDate;

public record ClaimRecord(
        String claimNumber,
        String policyNumber,
        LocalDate lossDate,
        String diagnosis,
        int lineItemCount,
        Channel channel,
        ClaimStatus status) {

    public enum Channel { BROKER, PORTAL, PHONE }

    public enum ClaimStatus { OPEN, REFERRED, SETTLED }
}
