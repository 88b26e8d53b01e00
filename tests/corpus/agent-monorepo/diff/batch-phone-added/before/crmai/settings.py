"""Process-wide settings, read from the environment (and .env in dev)."""
from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    foundry_base_url: str = Field(
        "https://crm-agents.services.ai.azure.com/anthropic",
        alias="ANTHROPIC_FOUNDRY_BASE_URL",
    )
    foundry_api_key: SecretStr = Field(alias="ANTHROPIC_FOUNDRY_API_KEY")
    claude_deployment: str = Field("claude-sonnet-4-5", alias="CRMAI_MODEL")

    database_url: str = Field(alias="DATABASE_URL")
    smtp_password: str = Field("", alias="SMTP_PASSWORD")
    azure_region: str = "eastus2"

    # Transcripts in our own Postgres are kept 14 days, then purged nightly.
    transcript_ttl_days: int = 14


settings = Settings()
