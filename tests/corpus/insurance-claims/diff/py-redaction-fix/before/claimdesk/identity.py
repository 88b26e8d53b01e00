"""Identity checks before a payout over the manual-review threshold."""
from claimdesk.llm import DEPLOYMENT, claude


def identity_summary(holder, documents) -> str:
    lines = [
        f"Documents received: {', '.join(d.kind for d in documents)}",
        f"Claimant SSN: {holder.ssn}",
        "Is anything missing for a payout identity check? Answer in one line.",
    ]
    reply = claude.messages.create(
        model=DEPLOYMENT,
        max_tokens=200,
        messages=[{"role": "user", "content": "\n".join(lines)}],
    )
    return reply.content[0].text
