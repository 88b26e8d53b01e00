"""Reference-check outreach drafts. Prompt text is built by small helpers."""
from talentloop.llm.client import MODEL, client


def _contact_line(candidate) -> str:
    name = candidate.full_name
    return (
        name
        + " can be reached at "
        + candidate.phone
    )


def _build_prompt(candidate, referee_count: int) -> str:
    intro = _contact_line(candidate)
    return f"{intro}. Their home address is {candidate.home_address}. Draft {referee_count} reference emails."


def request_references(candidate, referee_count: int = 2) -> str:
    prompt = _build_prompt(candidate, referee_count)
    msg = client.messages.create(
        model=MODEL,
        max_tokens=900,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text
