# An Anthropic-compatible client whose base URL is built from another host is
# not a Foundry client; one configured from ANTHROPIC_FOUNDRY_* settings is.
import os

from anthropic import Anthropic, AnthropicFoundry

API_BASE = "https://api.llama-provider.example.net/v1"


def anthropic_base(base: str) -> str:
    return base.rstrip("/").removesuffix("/v1")


other = Anthropic(base_url=anthropic_base(os.environ.get("LLAMA_API_BASE") or API_BASE))
foundry = Anthropic(base_url=os.environ["ANTHROPIC_FOUNDRY_BASE_URL"])
backup = AnthropicFoundry()  # this file runs Claude on Foundry


def ask(user):
    other.messages.create(model="llama-4", max_tokens=64, messages=[{"role": "user", "content": user.email}])
    foundry.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=64,
        messages=[{"role": "user", "content": user.email}],  # expect: sensitive-data/personal-field
    )
