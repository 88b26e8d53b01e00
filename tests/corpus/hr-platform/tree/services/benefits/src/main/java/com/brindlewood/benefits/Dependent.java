package com.brindlewood.benefits;

import java.time.LocalDate;
import java.util.List;

/** A dependent added to an employee's benefits enrolment. */
public record Dependent(
        String id,
        String givenName,
        String relationship,
        LocalDate dateOfBirth,
        String nationalId,
        List<String> medications,
        String planCode) {
}
