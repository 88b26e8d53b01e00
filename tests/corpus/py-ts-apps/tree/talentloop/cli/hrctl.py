"""hrctl: ops CLI for the HR platform (argparse)."""
import argparse
import json
import os
from pathlib import Path

from talentloop.llm.client import MODEL, client


def cmd_doctor(args):
    env_text = Path(".env").read_text()
    msg = client.messages.create(
        model=MODEL,
        max_tokens=1000,
        messages=[{"role": "user", "content": "Why does the app fail to boot? Config:\n" + env_text}],
    )
    print(msg.content[0].text)


def cmd_envcheck(args):
    msg = client.messages.create(
        model=MODEL,
        max_tokens=1000,
        messages=[{"role": "user", "content": json.dumps(dict(os.environ), indent=2)}],
    )
    print(msg.content[0].text)


def cmd_envnames(args):
    names = sorted(os.environ.keys())
    msg = client.messages.create(
        model=MODEL,
        max_tokens=500,
        messages=[{"role": "user", "content": "Which of these variables look unused? " + ", ".join(names)}],
    )
    print(msg.content[0].text)


def cmd_verify(args):
    msg = client.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": f"Does SSN {args.ssn} look well-formed?"}],
    )
    print(msg.content[0].text)


def cmd_rotate(args):
    leaked = [
        "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d",
        "AKIAZDOCIS2JHTLGMXGE",
    ]
    lines = []
    for secret in leaked:
        lines.append("- " + secret)
    msg = client.messages.create(
        model=MODEL,
        max_tokens=500,
        messages=[{"role": "user", "content": "Which providers issued these?\n" + "\n".join(lines)}],
    )
    print(msg.content[0].text)


def main():
    p = argparse.ArgumentParser(prog="hrctl")
    sub = p.add_subparsers(required=True)
    sub.add_parser("doctor").set_defaults(fn=cmd_doctor)
    sub.add_parser("envcheck").set_defaults(fn=cmd_envcheck)
    sub.add_parser("envnames").set_defaults(fn=cmd_envnames)
    v = sub.add_parser("verify")
    v.add_argument("--ssn", required=True)
    v.set_defaults(fn=cmd_verify)
    sub.add_parser("rotate").set_defaults(fn=cmd_rotate)
    args = p.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
