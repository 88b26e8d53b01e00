"""Contact agent: answers account-manager questions by calling CRM tools."""
from __future__ import annotations

import json

from crmai.crm import CrmClient
from crmai.llm import DEFAULT_MODEL, client

TOOLS = [
    {
        "name": "get_contact",
        "description": "Fetch one CRM contact by id.",
        "input_schema": {
            "type": "object",
            "properties": {"contact_id": {"type": "string"}},
            "required": ["contact_id"],
        },
    },
    {
        "name": "count_contacts",
        "description": "Count contacts at a company.",
        "input_schema": {
            "type": "object",
            "properties": {"company": {"type": "string"}},
            "required": ["company"],
        },
    },
    {
        "name": "reach_contact",
        "description": "Return how to reach a contact.",
        "input_schema": {
            "type": "object",
            "properties": {
                "contact_id": {"type": "string"},
                "email": {"type": "string", "description": "optional override"},
            },
            "required": ["contact_id"],
        },
    },
]


def run(question: str, crm: CrmClient, max_turns: int = 8) -> str:
    messages = [{"role": "user", "content": question}]
    for _ in range(max_turns):
        response = client.messages.create(
            model=DEFAULT_MODEL,
            max_tokens=1024,
            tools=TOOLS,
            messages=messages,
        )
        messages.append({"role": "assistant", "content": response.content})
        if response.stop_reason != "tool_use":
            return "".join(b.text for b in response.content if b.type == "text")

        results = []
        for block in response.content:
            if block.type != "tool_use":
                continue
            if block.name == "get_contact":
                customer = crm.get_contact(block.input["contact_id"])
                payload = json.dumps(customer.to_dict())
            elif block.name == "count_contacts":
                matches = crm.search(company=block.input["company"])
                payload = json.dumps({"company": block.input["company"], "count": len(matches)})
            else:
                contact = crm.get_contact(block.input["contact_id"])
                payload = json.dumps(
                    {
                        "email": contact.email,
                        "mobile": contact.mobile_phone,
                        "timezone": contact.timezone,
                        "preferred_channel": contact.preferred_channel,
                    }
                )
            results.append({"type": "tool_result", "tool_use_id": block.id, "content": payload})
        messages.append({"role": "user", "content": results})
    return "Stopped after too many tool calls."
