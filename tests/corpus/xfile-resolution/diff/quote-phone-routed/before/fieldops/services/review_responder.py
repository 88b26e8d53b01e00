"""Public replies to Google reviews. Runs on GPT-4o, not Claude."""
from __future__ import annotations

from openai import AzureOpenAI


class ReviewResponder:
    def __init__(self, client: AzureOpenAI, deployment: str) -> None:
        self._client = client
        self._deployment = deployment

    def respond(self, review, customer) -> str:
        completion = self._client.chat.completions.create(
            model=self._deployment,
            messages=[
                {"role": "system", "content": "Reply to this review in two sentences."},
                {
                    "role": "user",
                    "content": (
                        f"Reviewer: {customer.full_name} ({customer.email})\n"
                        f"Stars: {review.stars}\n{review.text}"
                    ),
                },
            ],
        )
        return completion.choices[0].message.content
