package com.northwind.claims.domain;

import jakarta.validation.constraints.NotBlank;

public record Claimant(
        String customerId,
        @NotBlank String fullName,
        @NotBlank String nationalId,
        String email,
        String postalAddress) {
}
