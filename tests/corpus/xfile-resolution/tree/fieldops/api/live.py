"""Server-sent events: live help for a technician who is on site."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from fieldops.config import settings
from fieldops.llm import aclaude
from fieldops.repo import load_job

router = APIRouter()


@router.get("/jobs/{job_id}/live-help")
async def live_help(job_id: int, q: str) -> StreamingResponse:
    job = load_job(job_id)

    async def events():
        async with aclaude.messages.stream(
            model=settings.claude_model,
            max_tokens=1000,
            system=(
                "You help a technician who is on site. Be brief and practical.\n"
                f"Equipment: {job.equipment_model}, installed {job.installed_year}\n"
                f"Site: {job.customer.home_address}\n"
                f"Homeowner mobile: {job.customer.mobile_phone}\n"
            ),
            messages=[{"role": "user", "content": q}],
        ) as stream:
            async for text in stream.text_stream:
                yield f"data: {text}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")
