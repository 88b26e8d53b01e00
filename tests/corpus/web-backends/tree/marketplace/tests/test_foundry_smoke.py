"""Live smoke test against the dev Foundry deployment (run manually)."""
import os

import pytest

from marketplace.llm import CLAUDE_MODEL, foundry_client


@pytest.mark.live
def test_payout_explanation_live():
    prompt = (
        "Seller Marta Kowalczyk, ul. Miodowa 14/3, 31-055 Krakow\n"
        "Card on file: 5355 2200 4817 3912\n"
        "Payout IBAN: NL91 ABNA 0417 1643 00\n"
        "US tax id (SSN): 538-24-6617\n"
        "Explain why the payout was held."
    )
    msg = foundry_client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": prompt}],
    )
    assert msg.content[0].text


@pytest.mark.live
def test_placeholder_contact_live():
    msg = foundry_client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=50,
        messages=[{"role": "user", "content": "Reply to user@example.com, SSN xxx-xx-xxxx, card 4242 **** **** ****."}],
    )
    assert msg.content[0].text


def test_env_names_only(monkeypatch):
    monkeypatch.setenv("ANTHROPIC_FOUNDRY_RESOURCE", "dev")
    assert "ANTHROPIC_FOUNDRY_RESOURCE" in os.environ.keys()
