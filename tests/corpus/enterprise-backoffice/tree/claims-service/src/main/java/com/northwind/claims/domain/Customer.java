package com.northwind.claims.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** Policyholder as stored in the claims database. */
public record Customer(
        String customerId,
        @NotBlank String fullName,
        @Email String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{7,20}") String phoneNumber,
        @Past LocalDate dateOfBirth,
        @Pattern(regexp = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}") String iban,
        String segment,
        int daysToRenewal) {
}
