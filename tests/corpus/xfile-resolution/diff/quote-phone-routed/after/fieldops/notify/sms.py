"""Customer text messages (Twilio)."""
from __future__ import annotations

from twilio.rest import Client

from fieldops.config import settings


class SmsNotifier:
    def __init__(self, client: Client | None = None) -> None:
        self.client = client or Client(settings.twilio_account_sid, settings.twilio_auth_token)

    def appointment_reminder(self, customer, job):
        return self.client.messages.create(
            to=customer.phone_number,
            from_=settings.twilio_from_number,
            body=(
                f"Hi {customer.first_name}, your {job.service_type} visit is "
                f"{job.window}. Reply C to confirm or R to reschedule."
            ),
        )

    def technician_en_route(self, customer, tech, eta_minutes: int):
        return self.client.messages.create(
            to=customer.phone_number,
            from_=settings.twilio_from_number,
            body=f"{tech.first_name} is on the way to {customer.home_address}, about {eta_minutes} min out.",
        )
