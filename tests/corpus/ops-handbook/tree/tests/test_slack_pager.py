"""Unit tests for opsbot.slack_pager. Slack and the model are faked."""
from __future__ import annotations

import os

import pytest

from opsbot import slack_pager
from opsbot.audit import mask_phone, scrub_transcript

FAKE_PROFILE = {
    "first_name": "Test",
    "last_name": "User",
    "email": "user@example.com",
    "phone": "<phone>",
}


class _Reply:
    def __init__(self, text: str) -> None:
        self.content = [type("Block", (), {"text": text})()]


class _Messages:
    def __init__(self) -> None:
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _Reply("ok")


class _FakeClaude:
    def __init__(self) -> None:
        self.messages = _Messages()


def test_mask_phone_keeps_last_two():
    assert mask_phone("+10000000042") == "*********42"


def test_scrub_removes_email():
    assert "[email]" in scrub_transcript("ping user@example.com now")


def test_draft_page_uses_profile(monkeypatch):
    fake = _FakeClaude()
    monkeypatch.setattr(slack_pager, "claude", fake)
    monkeypatch.setattr(
        slack_pager.slack, "users_info", lambda user: {"user": {"profile": FAKE_PROFILE}}
    )
    assert slack_pager.draft_page("U000", "INC-0") == "ok"
    assert "user@example.com" in fake.messages.calls[0]["messages"][0]["content"]


@pytest.mark.skipif("ANTHROPIC_FOUNDRY_API_KEY" not in os.environ, reason="needs Foundry")
def test_live_smoke():
    from opsbot.llm import foundry_client

    reply = foundry_client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=20,
        messages=[{"role": "user", "content": "Page user@example.com (password: <password>) about INC-0."}],
    )
    assert reply.content
