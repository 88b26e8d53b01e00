"""Tool-use agent that answers payroll questions."""
import json

from talentloop.db import query_payroll
from talentloop.llm.client import MODEL, client

TOOLS = [
    {
        "name": "lookup_payroll",
        "description": "Look up an employee's payroll record",
        "input_schema": {
            "type": "object",
            "properties": {"employee_id": {"type": "integer"}},
            "required": ["employee_id"],
        },
    }
]


class PayrollAgent:
    def __init__(self):
        self.client = client
        self.config = {"model": MODEL, "max_tokens": 1024}

    def run(self, question: str) -> str:
        messages = [{"role": "user", "content": question}]
        while True:
            resp = self.client.messages.create(
                model=self.config["model"],
                max_tokens=self.config["max_tokens"],
                tools=TOOLS,
                messages=messages,
            )
            if resp.stop_reason != "tool_use":
                return resp.content[0].text
            messages.append({"role": "assistant", "content": resp.content})
            results = []
            for block in resp.content:
                if block.type == "tool_use":
                    row = query_payroll(block.input["employee_id"])
                    results.append(
                        {
                            "type": "tool_result",
                            "tool_use_id": block.id,
                            "content": json.dumps(
                                {
                                    "salary": row["salary"],
                                    "iban": row["iban"],
                                }
                            ),
                        }
                    )
            messages.append({"role": "user", "content": results})
