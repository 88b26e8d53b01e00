€# Flows through helper functions of the same file (test cases): a parameter
# that reaches a request is followed to what the callers pass.
from anthropic import AnthropicFoundry

_client = AnthropicFoundry()


def send(prompt, max_tokens=100):
    return _client.messages.create(model="m", max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])


def summarize(notes):
    return send(f"Summarise: {notes}")


def visit(patient):
    summarize(patient.diagnosis)  # expect: sensitive-data/health-field
    send("Say hello")
    send(prompt=f"Member since {patient.enrolled_since}")


def build_prompt(patient):
    prompt = f"Diagnosis: {patient.diagnosis}"  # expect: sensitive-data/health-field
    return prompt


def ask_with_helper(patient):
    return _client.messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": build_prompt(patient)}])
