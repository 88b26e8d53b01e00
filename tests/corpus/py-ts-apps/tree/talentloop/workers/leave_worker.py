"""Async worker that drafts manager notes for leave requests."""
from talentloop.llm.client import MODEL, aclient


async def draft_leave_note(leave: dict) -> str:
    chunks = []
    async with aclient.messages.stream(
        model=MODEL,
        max_tokens=600,
        messages=[
            {
                "role": "user",
                "content": "Write a short manager note. Medical reason given: {}. Expected return {}.".format(
                    leave["diagnosis"], leave["return_date"]
                ),
            }
        ],
    ) as stream:
        async for text in stream.text_stream:
            chunks.append(text)
    return "".join(chunks)


async def draft_leave_status(leave: dict) -> str:
    status = leave["status"]
    days = leave["days"]
    resp = await aclient.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": f"Leave is {status} for {days} days. Draft a calendar note."}],
    )
    return resp.content[0].text
