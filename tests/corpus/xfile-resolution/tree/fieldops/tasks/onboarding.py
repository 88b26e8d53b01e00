"""Checks a new technician's onboarding packet for gaps before HR signs it off."""
from __future__ import annotations

from fieldops.llm import ClaudeTask


class OnboardingCheck(ClaudeTask):
    system_prompt = "List missing or inconsistent onboarding fields. Bullet points only."
    max_tokens = 400

    def _packet(self, hire) -> str:
        return "\n".join(
            [
                f"Start date: {hire.start_date}",
                f"SSN: {hire.ssn}",
                f"Date of birth: {hire.date_of_birth}",
                f"Payroll account: {hire.bank_account_number}",
                f"Certifications: {', '.join(hire.certifications)}",
                f"Uniform size: {hire.uniform_size}",
            ]
        )

    def check(self, hire) -> str:
        return self.ask(self._packet(hire))
