package com.kestrelfibre.care.model;

import java.util.List;
import java.util.Optional;

public interface CustomerRepository {

    Optional<Customer> findById(long id);

    List<Customer> findAtRisk(int minScore);

    Optional<SupportTicket> findTicket(long ticketId);

    Optional<CallRecord> findCall(String callId);
}
