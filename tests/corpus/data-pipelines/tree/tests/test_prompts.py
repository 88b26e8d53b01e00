"""Live smoke tests against the staging Claude deployment on Foundry.

Fixtures are synthetic: placeholder contacts and Faker-generated baskets.
"""
import os

import pytest
from anthropic import AnthropicFoundry
from faker import Faker

fake = Faker()
Faker.seed(7)

pytestmark = pytest.mark.skipif(
    "ANTHROPIC_FOUNDRY_API_KEY" not in os.environ, reason="needs Foundry credentials"
)


@pytest.fixture(scope="module")
def client():
    return AnthropicFoundry(resource="northwind-retail-ai-staging")


def test_persona_prompt_shape(client):
    row = {
        "first_name": "<first_name>",
        "email": "shopper@example.com",
        "phone": "xxx-xxx-xxxx",
        "basket": [fake.word() for _ in range(5)],
        "store": fake.city(),
    }
    prompt = f"Write a persona for {row['first_name']} ({row['email']}), basket {row['basket']}"
    out = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=100,
        messages=[{"role": "user", "content": prompt}],
    )
    assert out.content[0].text


def test_count_tokens_for_schema(client):
    schema = "customer_id STRING, email STRING, phone STRING, card_last4 STRING, date_of_birth DATE"
    res = client.messages.count_tokens(
        model="claude-haiku-4-5",
        messages=[{"role": "user", "content": f"Describe this schema: {schema}"}],
    )
    assert res.input_tokens > 0
