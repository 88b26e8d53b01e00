"""Offline prompt eval over last month's real tickets.

This harness deliberately does NOT use Foundry: it runs on the direct
Anthropic API (eval agreement) and on Bedrock for the cross-check.
"""
from __future__ import annotations

import json
import sys

import anthropic
from anthropic import AnthropicBedrock

from fieldops.llm.runner import complete

direct = anthropic.Anthropic()
bedrock = AnthropicBedrock(aws_region="us-east-1")


def run(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh]
    for case in cases:
        answer = direct.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=300,
            messages=[{"role": "user", "content": f"{case['customer_email']}: {case['complaint']}"}],
        )
        check = bedrock.messages.create(
            model="anthropic.claude-sonnet-4-5-20250929-v1:0",
            max_tokens=300,
            messages=[{"role": "user", "content": f"Phone {case['phone']}: {case['complaint']}"}],
        )
        dunning = complete(direct, f"Card {case['card_number']} is overdue.", model="claude-haiku-4-5")
        print(json.dumps({"id": case["id"], "a": answer.content[0].text,
                          "b": check.content[0].text, "d": dunning}))


if __name__ == "__main__":
    run(sys.argv[1])
