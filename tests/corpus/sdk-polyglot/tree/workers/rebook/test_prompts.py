import pytest

from .rebook_worker import client


@pytest.mark.asyncio
async def test_prompt_shape():
    msg = await client.messages.count_tokens(
        model="claude-haiku-4-5",
        messages=[
            {
                "role": "user",
                "content": "Passenger: <full name>, email user@example.com, passport XXXXXXXXX, card 0000 0000 0000 0000",
            }
        ],
    )
    assert msg.input_tokens > 0
