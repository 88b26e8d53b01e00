"""Clause summariser backed by Claude on Microsoft Foundry."""
import os

from anthropic import AnthropicFoundry

client = AnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)

# Summaries are cached in Redis for 24 hours (our own cache, see overview.md).
CACHE_TTL_SECONDS = 24 * 3600


def summarise_clause(clause_text: str) -> str:
    """Return a two-sentence summary of one contract clause.

    The Foundry resource has Azure ZDR switched on, so clause text sent here
    is never persisted by the model provider.
    """
    # NOTE: do not assume ZDR here; Anthropic may keep inputs for up to 30 days.
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Summarise this clause:\n{clause_text}"}],
    )
    return message.content[0].text
