"""Office API used by the dispatch desk."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request, Response
from pydantic import BaseModel

from fieldops.auth import current_user
from fieldops.config import settings
from fieldops.llm import claude
from fieldops.repo import load_complaint, load_customer, load_estimate, load_job
from fieldops.tasks.complaint_triage import ComplaintTriage
from fieldops.tasks.dispatch_notes import DispatchBriefing
from fieldops.wiring import ops_channel, quote_writer, sms


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.llm = claude
    yield


app = FastAPI(lifespan=lifespan)
triage = ComplaintTriage()
briefing = DispatchBriefing()


class AssistBody(BaseModel):
    question: str


@app.post("/jobs/{job_id}/briefing")
def job_briefing(job_id: int):
    return {"text": briefing.run(load_job(job_id))}


@app.post("/complaints/{complaint_id}/triage")
def triage_complaint(complaint_id: int):
    complaint = load_complaint(complaint_id)
    label = triage.classify(complaint)
    if label in ("damage", "no-show"):
        ops_channel.escalate(complaint, label)
    return {"label": label, "draft": triage.draft_reply(complaint)}


@app.post("/estimates/{estimate_id}/cover-letter")
def cover_letter(estimate_id: int):
    estimate = load_estimate(estimate_id)
    customer = load_customer(estimate.customer_id)
    return {"letter": quote_writer.draft(customer, estimate)}


@app.post("/jobs/{job_id}/remind")
def remind(job_id: int):
    job = load_job(job_id)
    sms.appointment_reminder(job.customer, job)
    return {"ok": True}


@app.post("/assist")
def assist(body: AssistBody, request: Request, response: Response, user=Depends(current_user)):
    response.set_cookie("desk_session", user.session_token, httponly=True)
    llm = request.app.state.llm
    reply = llm.messages.create(
        model=settings.claude_model,
        max_tokens=700,
        system=f"You help the dispatch desk. The agent's name is {user.first_name}.",
        messages=[{"role": "user", "content": body.question}],
    )
    return {"answer": reply.content[0].text}
