"""Turns a booked job into a short briefing for the technician's phone."""
from __future__ import annotations

from fieldops.llm import ClaudeTask
from fieldops.privacy import redact_free_text


class DispatchBriefing(ClaudeTask):
    system_prompt = "Write a three-line briefing for a field technician. No greetings."
    max_tokens = 250

    def run(self, job) -> str:
        customer = job.customer
        lines = [
            f"Job {job.ref}: {job.service_type} ({job.duration_minutes} min)",
            f"Customer: {customer.full_name}",
            f"Address: {customer.home_address}",
            f"Callback: {customer.phone_number}",
            f"Access notes: {redact_free_text(job.access_notes)}",
            f"Pets on site: {'yes' if job.pets_on_site else 'no'}",
        ]
        return self.ask("\n".join(lines))

    def run_for_van_screen(self, job) -> str:
        # The van tablet is shared: nothing about the customer, just the work.
        return self.ask(
            f"Job {job.ref}: {job.service_type}, parts: {', '.join(job.parts)}. "
            f"Window {job.window}, {job.duration_minutes} min."
        )
