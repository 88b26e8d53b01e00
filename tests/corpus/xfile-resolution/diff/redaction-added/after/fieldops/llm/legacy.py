"""Pre-SDK-upgrade client, still used by the win-back job.

Plain `anthropic.Anthropic`, but pointed at the Foundry resource through the
ANTHROPIC_FOUNDRY_* settings (see .env.example). Remove once winback.py moves
to `fieldops.llm.claude`.
"""
import os

import anthropic

legacy_claude = anthropic.Anthropic(
    base_url=os.environ["ANTHROPIC_FOUNDRY_BASE_URL"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
