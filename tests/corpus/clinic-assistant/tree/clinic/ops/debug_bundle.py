"""One-off helper an on-call engineer wrote to ask Claude about a broken deploy.

Kept for reference; see the incident review INC-2291 before reusing it.
"""
import os
from pathlib import Path

from anthropic import AnthropicFoundry

client = AnthropicFoundry(
    base_url="https://harborview-ai-eus2.services.ai.azure.com/anthropic",
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)

research_api_key = "sk-ant-api03-PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKqFYAA"
github_token = "ghp_z63FfkCzJr4i0B3JrTAwR4y9ojfljoQoaF1L"
foundry_api_key = "lqsajAIxNKu8iS2G8NPRVdD53X83RZJzzzzgEOzdmenCkhvMdgaKJQQJ99jCIg8xNbe3nNyjAAAAACOGOq9w"
signing_key_pem = (Path(__file__).parent / "keys" / "portal-signing.pem").read_text()

bundle = "\n".join([
    "The portal returns 401 after the key rotation. Which of these is stale?",
    f"research key: {research_api_key}",
    f"deploy token: {github_token}",
    f"foundry key: {foundry_api_key}",
    f"JWT signing key:\n{signing_key_pem}",
    "Key vault name: kv-harborview-prod",
])

reply = client.messages.create(
    model="claude-sonnet-4-5",
    max_tokens=1000,
    messages=[{"role": "user", "content": bundle}],
)
print(reply.content[0].text)
