"""Crash reporter for opsbot workers."""
import json
import logging
import os

from anthropic import AnthropicFoundry

log = logging.getLogger(__name__)
client = AnthropicFoundry(resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"])


def report_crash(exc: BaseException) -> str:
    env_blob = json.dumps(dict(os.environ), sort_keys=True)
    log.error("worker crashed: %r", exc)
    log.debug("environment at crash: %s", env_blob)
    return "reported"
