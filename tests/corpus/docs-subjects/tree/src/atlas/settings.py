"""Settings, loaded from config/atlas.yaml and the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

_CONFIG = yaml.safe_load(Path(os.environ.get("ATLAS_CONFIG", "config/atlas.yaml")).read_text())


@dataclass(frozen=True)
class Settings:
    foundry_resource: str = os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", _CONFIG["llm"]["resource"])
    model: str = _CONFIG["llm"]["deployment"]
    max_tokens: int = _CONFIG["llm"]["max_tokens"]
    cache_ttl: int = _CONFIG["cache"]["ttl_seconds"]
    zdr: bool = False


settings = Settings()
