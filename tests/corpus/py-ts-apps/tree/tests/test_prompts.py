"""Live smoke tests against the Foundry deployment, using fake people only."""
from talentloop.llm.client import MODEL, client


def test_summary_smoke():
    fake = {
        "email": "jane.doe@example.com",
        "phone": "555-0100",
        "ssn": "xxx-xx-xxxx",
        "password": "<password>",
    }
    msg = client.messages.create(
        model=MODEL,
        max_tokens=50,
        messages=[{"role": "user", "content": f"Reply OK. Contact {fake['email']} {fake['phone']}"}],
    )
    assert msg.content


def test_placeholder_prompt():
    prompt = "Candidate SSN: xxx-xx-xxxx, email: user@example.com, password: ..."
    msg = client.messages.create(
        model=MODEL,
        max_tokens=50,
        messages=[{"role": "user", "content": prompt}],
    )
    assert msg.content
