"""Bridge that lets Claude on Foundry call the CRM MCP server's tools."""
from __future__ import annotations

import json
import os

from anthropic import AsyncAnthropicFoundry
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

claude = AsyncAnthropicFoundry(resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"])
SERVER = StdioServerParameters(command="python", args=["-m", "crmai.mcp.server"])


async def ask(question: str, model: str = "claude-sonnet-4-5") -> str:
    async with stdio_client(SERVER) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            listed = await session.list_tools()
            tools = [
                {"name": t.name, "description": t.description, "input_schema": t.inputSchema}
                for t in listed.tools
            ]
            messages = [{"role": "user", "content": question}]
            while True:
                resp = await claude.messages.create(
                    model=model, max_tokens=1500, tools=tools, messages=messages
                )
                messages.append({"role": "assistant", "content": resp.content})
                if resp.stop_reason != "tool_use":
                    return "".join(b.text for b in resp.content if b.type == "text")
                results = []
                for block in resp.content:
                    if block.type != "tool_use":
                        continue
                    out = await session.call_tool(block.name, block.input)
                    if block.name == "lookup_customer":
                        customer = out.structuredContent
                        text = "Customer record:\n" + json.dumps(customer, indent=2)
                    else:
                        text = out.content[0].text if out.content else ""
                    results.append({"type": "tool_result", "tool_use_id": block.id, "content": text})
                messages.append({"role": "user", "content": results})
