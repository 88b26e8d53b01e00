# OpenAI-compatible clients built by a factory from the endpoint its callers pass (test cases):
# Claude on a Foundry project's endpoint is Claude on Foundry; the same model name on OpenAI's
# own API is not, nor is a GPT model on the Foundry endpoint.
from openai import OpenAI


def make_client(base_url):
    return OpenAI(base_url=base_url, api_key="k")


claude = make_client("https://contoso-ai.services.ai.azure.com/api/projects/care/openai/v1")
direct = make_client("https://api.openai.com/v1")


def draft(user):
    claude.responses.create(model="claude-sonnet-4-5", input=f"Reply to {user.email}")  # expect: sensitive-data/personal-field
    claude.responses.create(model="gpt-4.1", input=f"Reply to {user.email}")
    direct.responses.create(model="claude-sonnet-4-5", input=f"Reply to {user.email}")
