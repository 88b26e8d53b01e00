"""Base class for the small single-purpose Claude tasks in fieldops/tasks."""
from __future__ import annotations

from typing import Any

from fieldops.config import settings
from fieldops.llm.clients import claude


class ClaudeTask:
    system_prompt = "You are an assistant for Tidewater Home Services office staff."
    max_tokens = 600

    def __init__(self, client: Any = None, model: str | None = None) -> None:
        self.client = client or claude
        self.model = model or settings.claude_model

    def ask(self, text: str, **extra: Any) -> str:
        response = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=self.system_prompt,
            messages=[{"role": "user", "content": text}],
            **extra,
        )
        return "".join(b.text for b in response.content if b.type == "text")
