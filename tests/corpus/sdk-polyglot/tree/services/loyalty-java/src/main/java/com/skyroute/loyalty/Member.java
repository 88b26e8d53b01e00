package com.skyroute.loyalty;

import java.time.LocalDate;

/** A loyalty-programme member as stored in the CRM. */
public record Member(
        String memberId,
        String fullName,
        String email,
        String phoneNumber,
        LocalDate dateOfBirth,
        String loyaltyCardNumber,
        String frequentFlyerNumber,
        int pointsBalance,
        String tier) {
}
