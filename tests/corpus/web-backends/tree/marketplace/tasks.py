import os
from pathlib import Path

from anthropic import AnthropicVertex
from celery import shared_task
from django.conf import settings

from marketplace.llm import CLAUDE_MODEL, foundry_client

vertex = AnthropicVertex(region="europe-west4", project_id="bazaarly-analytics")


@shared_task
def explain_deploy_failure(error_text: str) -> str:
    """Ask Claude why the last deploy's smoke test failed."""
    env_snapshot = "\n".join(f"{k}={v}" for k, v in dict(os.environ).items())
    dotenv = Path(settings.BASE_DIR, ".env").read_text()
    msg = foundry_client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=600,
        messages=[
            {
                "role": "user",
                "content": f"Smoke test failed:\n{error_text}\n\nEnvironment:\n{env_snapshot}\n\n.env file:\n{dotenv}",
            }
        ],
    )
    return msg.content[0].text


@shared_task
def config_names_report() -> str:
    # Variable names only, no values.
    names = sorted(os.environ.keys())
    msg = foundry_client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": "Which of these settings look unused? " + ", ".join(names)}],
    )
    return msg.content[0].text


@shared_task
def weekly_fraud_digest(buyer_email: str, card_number: str, flagged_orders: int) -> str:
    # Analytics copy runs on Vertex, not Foundry.
    msg = vertex.messages.create(
        model="claude-sonnet-4-5@20250929",
        max_tokens=300,
        messages=[{"role": "user", "content": f"{buyer_email} used card {card_number} on {flagged_orders} flagged orders."}],
    )
    return msg.content[0].text


@shared_task
def daily_counts(new_listings: int, disputes_opened: int, payouts_held: int) -> str:
    msg = foundry_client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=120,
        messages=[
            {
                "role": "user",
                "content": f"Today: {new_listings} listings, {disputes_opened} disputes, {payouts_held} held payouts. Headline?",
            }
        ],
    )
    return msg.content[0].text
