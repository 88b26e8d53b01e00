package com.kestrelfibre.care.model;

import java.time.LocalDate;

public record Customer(
        long id,
        String accountNumber,
        String fullName,
        String email,
        String phoneNumber,
        LocalDate dateOfBirth,
        String homeAddress,
        String iban,
        int creditScore,
        String planCode,
        LocalDate customerSince,
        String emailTemplateId,
        String preferredChannel) {
}
