"""Subrogation demand letters to the at-fault party's insurer."""
from claimdesk.llm import DEPLOYMENT, claude


def demand_letter(claim, holder, third_party) -> str:
    facts = "\n".join(
        [
            f"Our claim {claim.reference}: {claim.amount_paid} USD paid on {claim.paid_on:%Y-%m-%d}",
            f"At-fault party's insurer: {third_party.insurer}, their file {third_party.file_ref}",
            f"Our insured can be reached at {holder.email}",
            f"Insured's date of birth (for the insurer's records): {holder.date_of_birth:%Y-%m-%d}",
        ]
    )
    msg = claude.messages.create(
        model=DEPLOYMENT,
        max_tokens=900,
        system="Draft a firm but polite subrogation demand letter.",
        messages=[{"role": "user", "content": facts}],
    )
    return msg.content[0].text
