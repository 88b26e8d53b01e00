"""Aggregate hiring insights. Only pseudonymised data reaches Claude."""
import hashlib
import logging

from talentloop.llm.client import MODEL, client
from talentloop.privacy import mask_email, redact

log = logging.getLogger(__name__)


def weekly_insights(candidates, stage_counts):
    log.info("insights for %d candidates; first ssn=%s", len(candidates), candidates[0].ssn)
    lines = []
    for c in candidates:
        key = hashlib.sha256(c.email.encode()).hexdigest()[:12]
        lines.append(f"{key} stage={c.stage.value} masked={mask_email(c.email)}")
    notes = redact(candidates[0].resume_text)
    fields = ", ".join(["full_name", "email", "phone", "ssn"])
    msg = client.messages.create(
        model=MODEL,
        max_tokens=800,
        system=f"Never repeat a candidate's SSN or phone. Schema fields: {fields}",
        messages=[
            {
                "role": "user",
                "content": "\n".join(lines)
                + f"\nStage counts: {stage_counts}\nSample notes: {notes}",
            }
        ],
        metadata={"user_id": str(candidates[0].candidate_id)},
    )
    return msg.content[0].text


def has_ssn_flags(candidates):
    flags = [c.ssn is not None for c in candidates]
    msg = client.messages.create(
        model=MODEL,
        max_tokens=100,
        messages=[{"role": "user", "content": f"{sum(flags)} of {len(flags)} have an SSN on file."}],
    )
    return msg.content[0].text
