"""FastAPI routes for candidate screening."""
from fastapi import APIRouter, Request

from talentloop.llm.client import MODEL, client
from talentloop.models import Candidate

router = APIRouter(prefix="/screening")


@router.post("/summary")
def screening_summary(candidate: Candidate):
    prompt = (
        f"Summarise this applicant for the hiring manager.\n"
        f"Name: {candidate.full_name}\n"
        f"Email: {candidate.email}\n"
        f"Phone: {candidate.phone}\n"
        f"Resume:\n{candidate.resume_text}"
    )
    msg = client.messages.create(
        model=MODEL,
        max_tokens=800,
        messages=[{"role": "user", "content": prompt}],
    )
    return {"summary": msg.content[0].text}


@router.post("/eligibility")
async def eligibility(request: Request):
    form = await request.form()
    system = "You check US work eligibility paperwork for completeness."
    msg = client.messages.create(
        model=MODEL,
        max_tokens=400,
        system=system,
        messages=[
            {
                "role": "user",
                "content": "Applicant SSN on the I-9: %s, born %s"
                % (
                    form["ssn"],
                    form["date_of_birth"],
                ),
            }
        ],
    )
    return {"result": msg.content[0].text}


@router.get("/pipeline/{req_id}")
def pipeline_health(req_id: int, open_count: int, stage: str):
    # Only ids, counts and the stage enum go to the model.
    msg = client.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": f"Requisition {req_id} has {open_count} open candidates in stage {stage}. Suggest next steps.",
            }
        ],
    )
    return {"advice": msg.content[0].text}
