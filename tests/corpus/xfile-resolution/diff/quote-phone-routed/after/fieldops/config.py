"""Runtime settings, read once from the environment (see .env.example)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

# Model ids for the OpenAI-compatible route on the Foundry project endpoint.
WARRANTY_MODEL = "claude-sonnet-4-5"
TRIAGE_MODEL = "gpt-4.1-mini"

# Raw Messages endpoint for code that posts JSON itself (permit letters).
FOUNDRY_MESSAGES_URL = "https://tidewater-ai.services.ai.azure.com/anthropic/v1/messages"
COUNTY_PORTAL_URL = "https://permits.yorkcounty.example.gov/api/v2/applications"


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing setting {name}; copy .env.example to .env")
    return value


@dataclass(frozen=True)
class Settings:
    foundry_resource: str = field(default_factory=lambda: _env("ANTHROPIC_FOUNDRY_RESOURCE", "tidewater-ai"))
    foundry_api_key: str = field(default_factory=lambda: _env("ANTHROPIC_FOUNDRY_API_KEY", ""))
    claude_model: str = field(default_factory=lambda: _env("CLAUDE_MODEL", "claude-sonnet-4-5"))
    claude_fast_model: str = field(default_factory=lambda: _env("CLAUDE_FAST_MODEL", "claude-haiku-4-5"))
    project_endpoint: str = "https://tidewater-ai.services.ai.azure.com/api/projects/fieldops/openai/v1"
    gpt_deployment: str = "gpt-4o"
    azure_openai_key: str = field(default_factory=lambda: _env("AZURE_OPENAI_API_KEY", ""))
    twilio_account_sid: str = field(default_factory=lambda: _env("TWILIO_ACCOUNT_SID", ""))
    twilio_auth_token: str = field(default_factory=lambda: _env("TWILIO_AUTH_TOKEN", ""))
    twilio_from_number: str = field(default_factory=lambda: _env("TWILIO_FROM_NUMBER", ""))
    slack_bot_token: str = field(default_factory=lambda: _env("SLACK_BOT_TOKEN", ""))


settings = Settings()
