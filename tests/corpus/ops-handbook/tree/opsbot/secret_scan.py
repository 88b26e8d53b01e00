"""Classify leaked-credential findings with Claude.

gitleaks hands us raw findings; Claude tells us which system each one
belongs to and how urgently it has to be rotated.
"""
from __future__ import annotations

import json
import os
import textwrap

import anthropic

from opsbot.audit import record, scrub_transcript

MODEL = os.environ.get("OPSBOT_MODEL", "claude-sonnet-4-5")

claude = anthropic.Anthropic(
    base_url="https://lark-ops-ai.services.ai.azure.com/anthropic",
    api_key=os.environ.get("ANTHROPIC_FOUNDRY_API_KEY"),
)


def calibrate() -> str:
    """Few-shot run we use when tuning the classification prompt.

    The samples are real findings from INC-2291 (since rotated).
    """
    samples = [
        "issuer? sk-ant-api03-tml6QESCApeMCWvCb-UFv_9_sreQ3DyvUOJn6sRBmh_e4gjzVzT0z8yPmcKNpuyXty1waXunxs5H08WD4f6CHDjSMFmG3AA",
        "issuer? ghp_TbTzlM8Ol5MQGC3m4uj4sj34UJejEM3A4RvE",
        "issuer? xoxb-not-a-real-token",
    ]
    prompt = "Name the issuer of each credential, one per line:\n" + "\n".join(samples)
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": prompt}],
    )
    return reply.content[0].text


def explain_aws_finding(path: str) -> str:
    leaked = {
        "source": path,
        "aws_access_key_id": "AKIAY37IFSA2REIBLSLN",
        "aws_secret_access_key": "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",
        "region": "eu-north-1",
    }
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=500,
        system="You are a cloud security analyst. Be brief.",
        messages=[
            {
                "role": "user",
                "content": "Which IAM policies should we check for this leak?\n"
                + json.dumps(leaked, indent=2),
            }
        ],
    )
    return reply.content[0].text


def triage_storage_leak(repo: str) -> str:
    conn = "DefaultEndpointsProtocol=https;AccountName=larkbuildlogs;AccountKey=G3Gm7oBpEPcELGCqV4J6AshqtG8uRfMp+oLoKxVb1H51hRj3kDESv5l4M4vlvD4bRf430/hBwAFvBqg4vvkIPA==;EndpointSuffix=core.windows.net"
    record("storage-leak", repo=repo, value=conn)  # audit only
    system = (
        "You help rotate Azure storage credentials.\n"
        f"The leaked string, found in {repo}, was: {conn}"
    )
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=400,
        system=system,
        messages=[{"role": "user", "content": "List the rotation steps."}],
    )
    return reply.content[0].text


def classify_key_file(digest: str) -> str:
    pem = textwrap.dedent("""\
        -----BEGIN EC PRIVATE KEY-----
        MHcCAQEEIDRR5Z/yCUjh0nj9dHjvCP3n4PhL9TdmTwcVP6PYnZCaoAoGCCqGSM49
        AwEHoUQDQgAElTunUifKEJ4BYU5DwbdDmns4T9yHe6fmCG3DvKliq7yfQhH+Zets
        b031hNKXPeVWMVh29q511u14yM9vWL3C4A==
        -----END EC PRIVATE KEY-----
        """)
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[
            {"role": "user", "content": "What curve and format is this key?"},
            {"role": "assistant", "content": "Paste it."},
            {"role": "user", "content": "{}\n(sha256 {})".format(pem, digest)},
        ],
    )
    return reply.content[0].text


def who_issued_token(channel: str) -> str:
    token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZGVwbG95Ym90IiwiaXNzIjoiaHR0cHM6Ly9hdXRoLmxhcmtzcHVyLWxvZ2lzdGljcy5jb20iLCJleHAiOjE3NjcyMjU2MDAsInNjb3BlIjoiZGVwbG95OnByb2QifQ.Reo6vWbvD-H6o1mlKChHVfqXnhwb56KJRbbHzdiIDVQ"
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": f"This bearer token was pasted in #{channel}: {token}\n"
                "Decode the claims and tell me which service minted it.",
            }
        ],
    )
    return reply.content[0].text


def summarise_finding(finding: dict) -> str:
    # Redacted before it leaves the process; the raw match stays in gitleaks.
    text = scrub_transcript(json.dumps(finding))
    reply = claude.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": "Summarise this finding:\n" + text}],
    )
    return reply.content[0].text
