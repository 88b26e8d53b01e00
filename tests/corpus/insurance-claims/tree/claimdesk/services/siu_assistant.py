"""Special Investigations Unit assistant (async tool-use loop)."""
from __future__ import annotations

import json
import logging

from anthropic import AsyncAnthropicFoundry

from claimdesk import settings
from claimdesk.llm.prompts import FRAUD_SYSTEM
from claimdesk.models import Policyholder, SiuCase
from claimdesk.siu import lookups

log = logging.getLogger(__name__)

SIU_TOOLS = [
    {
        "name": "claims_history",
        "description": "Return earlier claims filed under the same policy, newest first.",
        "input_schema": {
            "type": "object",
            "properties": {"policy_ref": {"type": "string"}, "limit": {"type": "integer"}},
            "required": ["policy_ref"],
        },
    },
    {
        "name": "contractor_watchlist",
        "description": "Check whether a repair contractor is on the industry watchlist.",
        "input_schema": {
            "type": "object",
            "properties": {"contractor": {"type": "string"}},
            "required": ["contractor"],
        },
    },
]


async def investigate(llm: AsyncAnthropicFoundry, case: SiuCase, holder: Policyholder, policy_ref: str) -> str:
    opening = "\n".join(
        [
            f"Referred claim {case.claim_ref} on policy {policy_ref}.",
            f"Referral reason: {case.referral_reason}",
            f"Earlier SIU referrals: {case.prior_referrals}",
            f"Holder's driver's licence: {holder.drivers_license_number}",
            "Prior convictions on record:",
            "; ".join(holder.criminal_history) or "none",
        ]
    )
    messages = [{"role": "user", "content": opening}]
    usage = await llm.messages.count_tokens(
        model=settings.FRAUD_DEPLOYMENT, system=FRAUD_SYSTEM, tools=SIU_TOOLS, messages=messages
    )
    log.info("SIU %s opening prompt: %d input tokens", case.claim_ref, usage.input_tokens)

    for step in range(6):
        reply = await llm.messages.create(
            model=settings.FRAUD_DEPLOYMENT,
            max_tokens=1500,
            system=FRAUD_SYSTEM,
            tools=SIU_TOOLS,
            messages=messages,
        )
        if reply.stop_reason != "tool_use":
            return "".join(block.text for block in reply.content if block.type == "text")
        tool_results = []
        for block in reply.content:
            if block.type == "tool_use":
                found = await lookups.run(block.name, block.input)
                tool_results.append(
                    {"type": "tool_result", "tool_use_id": block.id, "content": json.dumps(found, default=str)}
                )
        messages.append({"role": "assistant", "content": reply.content})
        messages.append({"role": "user", "content": tool_results})
        log.debug("SIU %s step %d: %d tool calls", case.claim_ref, step, len(tool_results))
    return "The assistant stopped after six steps; review the case manually."
