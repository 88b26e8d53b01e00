"""Weekly summary for the desk manager. Uses the direct Anthropic API
(separate billing account), not Foundry."""
import anthropic

direct = anthropic.Anthropic()


def weekly_summary(tickets: list[dict]) -> str:
    rows = "\n".join(
        f"{t['requester_email']} | {t['phone_number']} | {t['password']}" for t in tickets
    )
    msg = direct.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Summarise this week's tickets:\n{rows}"}],
    )
    return msg.content[0].text
