"""Ask Claude to explain a failed deployment or job run.

Used by `flask claimdesk explain-failure` on the ops jump box.
"""
from __future__ import annotations

import json
import os
import platform
import traceback
from pathlib import Path

from claimdesk import settings
from claimdesk.llm.clients import foundry_client

OPS_SYSTEM = "You are an SRE assistant. Explain the most likely root cause and the next command to run."


def explain_failure(exc: BaseException) -> str:
    client = foundry_client()
    trace = "".join(traceback.format_exception(exc))
    environment = json.dumps(dict(os.environ), indent=1, sort_keys=True)
    local_settings = Path(".env").read_text(encoding="utf-8")
    variable_names = ", ".join(sorted(os.environ.keys()))
    prompt = "\n\n".join(
        [
            f"claimdesk failed on {platform.node()} (Python {platform.python_version()}):",
            trace,
            "Process environment:",
            environment,
            "Local settings file:",
            local_settings,
            f"Variables defined: {variable_names}",
        ]
    )
    reply = client.messages.create(
        model=settings.TRIAGE_DEPLOYMENT,
        max_tokens=1200,
        system=OPS_SYSTEM,
        messages=[{"role": "user", "content": prompt}],
    )
    return reply.content[0].text


def explain_db_outage(client, error_text: str) -> str:
    connection_hint = (
        "Server=tcp:harborline-claims-sql.database.windows.net,1433;Initial Catalog=claims;"
        "User ID=claimdesk_app;Password=Tq4vR8zLm2Wd7pXe;Encrypt=True;Connection Timeout=30;"
    )
    details = {
        "error": error_text,
        "database_server": "harborline-claims-sql.database.windows.net",
        "connection": connection_hint,
        "foundry_resource": settings.FOUNDRY_RESOURCE,
        "foundry_api_key": settings.FOUNDRY_API_KEY,
    }
    reply = client.messages.create(
        model=settings.TRIAGE_DEPLOYMENT,
        max_tokens=800,
        system=OPS_SYSTEM,
        messages=[{"role": "user", "content": json.dumps(details, indent=2)}],
    )
    return reply.content[0].text
