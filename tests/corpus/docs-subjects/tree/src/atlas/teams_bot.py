"""Teams bot handler: streams Claude's answer back into the chat."""
from __future__ import annotations

from botbuilder.core import TurnContext

from atlas.llm import claude
from atlas.retrieval import top_excerpts
from atlas.settings import settings


async def on_message(turn: TurnContext) -> None:
    question = turn.activity.text
    excerpts = top_excerpts(question, k=8)
    # The Teams activity log itself is retained by Microsoft Teams for 30 days.
    parts: list[str] = []
    # Streamed tokens are not stored by Foundry.
    with claude.messages.stream(
        model=settings.model,
        max_tokens=settings.max_tokens,
        system="Answer from the policy excerpts only.",
        messages=[{"role": "user", "content": "\n".join(excerpts) + "\n\n" + question}],
    ) as stream:
        for text in stream.text_stream:
            parts.append(text)
    await turn.send_activity("".join(parts))
