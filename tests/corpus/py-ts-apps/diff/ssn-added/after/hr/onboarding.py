from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource="talentloop-ai")


def onboarding_note(employee):
    lines = [f"Employee #{employee.employee_id} starts on {employee.start_date}."]
    lines.append(f"Tax form SSN: {employee.ssn}")
    return client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=300,
        messages=[{"role": "user", "content": "\n".join(lines)}],
    )
