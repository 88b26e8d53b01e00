"""Rebooking worker.

Pulls cancelled segments from the queue and asks Claude (our Microsoft
Foundry deployment) for rebooking options. Requests to Foundry never leave
our Azure tenant, so it is fine to include passport data here.
"""
import asyncio
import json
import os
from dataclasses import asdict

from anthropic import AsyncAnthropicFoundry

from .models import Traveller

client = AsyncAnthropicFoundry(
    resource=os.environ["ANTHROPIC_FOUNDRY_RESOURCE"],
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)


async def propose_rebooking(traveller: Traveller, flight: str, reason: str) -> str:
    dob = traveller.date_of_birth
    lines = [
        f"Flight {flight} was cancelled ({reason}).",
        f"Passenger: {traveller.full_name}",
        f"Born: {dob}",
        "Passport: {}".format(traveller.passport_number),
        "Find two alternatives within 24 hours.",
    ]
    msg = await client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=800,
        messages=[{"role": "user", "content": "\n".join(lines)}],
    )
    return msg.content[0].text


async def stream_apology(traveller: Traveller, flight: str) -> None:
    async with client.messages.stream(
        model="claude-haiku-4-5",
        max_tokens=400,
        system="Write a short apology e-mail.",
        messages=[
            {
                "role": "user",
                "content": "Flight %s cancelled. Address the letter to %s at %s."
                % (
                    flight,
                    traveller.full_name,
                    traveller.home_address,
                ),
            }
        ],
    ) as stream:
        async for text in stream.text_stream:
            print(text, end="")


async def submit_batch(travellers: list[Traveller], flight: str) -> str:
    requests = []
    for traveller in travellers:
        requests.append(
            {
                "custom_id": traveller.traveller_id,
                "params": {
                    "model": "claude-haiku-4-5",
                    "max_tokens": 300,
                    "messages": [
                        {
                            "role": "user",
                            "content": f"Rebook on {flight}? Profile: {json.dumps(asdict(traveller))}",
                        }
                    ],
                },
            }
        )
    batch = await client.messages.batches.create(requests=requests)
    return batch.id


async def contact_preferences(traveller: Traveller) -> str:
    msg = await client.beta.messages.create(
        model="claude-haiku-4-5",
        max_tokens=200,
        metadata={"user_id": traveller.email},
        messages=[{"role": "user", "content": "Which channel should we use for a rebooking notice?"}],
    )
    return msg.content[0].text


async def queue_stats(pending: int, rebooked: int) -> str:
    msg = await client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=200,
        messages=[{"role": "user", "content": f"{pending} pending, {rebooked} rebooked today. Summarise."}],
    )
    return msg.content[0].text


if __name__ == "__main__":
    asyncio.run(queue_stats(3, 17))
