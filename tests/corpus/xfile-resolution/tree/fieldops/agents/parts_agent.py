"""Parts agent: finds a replacement part and checks it against the customer's install."""
from __future__ import annotations

import json
from dataclasses import asdict

from fieldops.config import settings
from fieldops.llm import claude
from fieldops.repo import find_parts, load_customer

TOOLS = [
    {
        "name": "find_parts",
        "description": "Search the parts catalogue by model number and fault.",
        "input_schema": {
            "type": "object",
            "properties": {"model_number": {"type": "string"}, "fault": {"type": "string"}},
            "required": ["model_number"],
        },
    },
    {
        "name": "get_customer",
        "description": "Look up the customer for a job, including their install history.",
        "input_schema": {"type": "object", "properties": {"customer_id": {"type": "integer"}}},
    },
]


def run(job, max_turns: int = 6) -> str:
    messages = [
        {
            "role": "user",
            "content": (
                f"Job {job.ref}: {job.fault} on a {job.equipment_model}. "
                f"Customer contact: {job.customer.email}. Find the right part."
            ),
        }
    ]
    for _ in range(max_turns):
        reply = claude.messages.create(
            model=settings.claude_model, max_tokens=1500, tools=TOOLS, messages=messages
        )
        messages.append({"role": "assistant", "content": reply.content})
        if reply.stop_reason != "tool_use":
            return "".join(b.text for b in reply.content if b.type == "text")
        results = []
        for block in reply.content:
            if block.type != "tool_use":
                continue
            if block.name == "find_parts":
                output = json.dumps(find_parts(**block.input))
            else:
                customer = load_customer(block.input["customer_id"])
                output = json.dumps(asdict(customer), default=str)
            results.append({"type": "tool_result", "tool_use_id": block.id, "content": output})
        messages.append({"role": "user", "content": results})
    return "no answer after %d turns" % max_turns
