from types import SimpleNamespace

from fieldops.notify.sms import SmsNotifier
from fieldops.tasks.dispatch_notes import DispatchBriefing


class FakeMessages:
    def __init__(self):
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        block = SimpleNamespace(type="text", text="ok")
        return SimpleNamespace(content=[block], sid="SM0")


class FakeClient:
    def __init__(self):
        self.messages = FakeMessages()


def make_job():
    customer = SimpleNamespace(
        full_name="Test Customer",
        home_address="1 Example Street",
        phone_number="555-0100",
        first_name="Test",
        email="user@example.com",
    )
    return SimpleNamespace(
        ref="J-1", service_type="HVAC tune-up", duration_minutes=60, window="9-11",
        access_notes="call user@example.com on arrival", pets_on_site=False,
        parts=["filter"], customer=customer,
    )


def test_briefing_redacts_access_notes():
    fake = FakeClient()
    DispatchBriefing(client=fake).run(make_job())
    sent = fake.messages.calls[0]["messages"][0]["content"]
    assert "user@example.com" not in sent
    assert "[email]" in sent


def test_reminder_goes_to_customer_phone():
    fake = FakeClient()
    job = make_job()
    SmsNotifier(client=fake).appointment_reminder(job.customer, job)
    assert fake.messages.calls[0]["to"] == "555-0100"
