from datetime import date
from decimal import Decimal
from unittest import mock

from anthropic import AnthropicFoundry

from .models import Statement, StatementCustomer
from . import worker


def make_holder() -> StatementCustomer:
    return StatementCustomer(
        id="cus_test_1",
        first_name="Test",
        last_name="User",
        email="user@example.com",
        phone="+1-555-0100",
        date_of_birth=date(1990, 1, 1),
        card_number="4242424242424242",
    )


def test_summarise_calls_foundry():
    fake = mock.create_autospec(AnthropicFoundry, instance=True)
    fake.messages.create.return_value.content = [mock.Mock(text="ok")]
    with mock.patch.object(worker, "client", fake):
        st = Statement(id="st_1", customer_id="cus_test_1", closing_balance=Decimal("10.00"),
                       currency="EUR", fx_fee=Decimal("0.30"))
        assert worker.summarise(st, make_holder()) == "ok"


def test_live_smoke():
    client = AnthropicFoundry(resource="paysphere-ai-dev", api_key="test-key")
    resp = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=20,
        messages=[{"role": "user", "content": "Card 4242 4242 4242 4242, email user@example.com, SSN xxx-xx-xxxx: reply OK"}],
    )
    assert resp.content
