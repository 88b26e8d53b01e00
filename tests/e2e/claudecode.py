"""Claude Code configured for Foundry: the repository's .claude/settings.json (or the
script's own setting) makes `claude -p` a request site in `calls`, and its prompt and
standard input are content.  Without the setting it is nobody's Foundry request."""
import json
import shutil
import subprocess

from . import make_repo, git

SETTINGS = '''{
  "env": {
    "CLAUDE_CODE_USE_FOUNDRY": "%s",
    "ANTHROPIC_FOUNDRY_RESOURCE": "contoso-ai"
  }
}
'''

SCRIPT = '''#!/bin/sh
set -eu
claude --version
claude mcp list
claude -p "Summarise the ticket for $CUSTOMER_EMAIL"
cat secrets/.env.production | claude -p "what is misconfigured?"
claude -p "Explain the failing build"
'''

PYTHON_FOUNDRY = '''from anthropic import AnthropicFoundry
client = AnthropicFoundry(resource="contoso-ai")
'''


def run(binary, repo, *args):
    p = subprocess.run([binary, *args], cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode not in (0, 1):
        raise AssertionError(f"{args[0]} exited {p.returncode}: {p.stderr.strip()}")
    return json.loads(p.stdout)["findings"]


def sites(binary, repo, *extra):
    return {(f["path"], f["line"]): f for f in run(binary, repo, "calls", "--format", "json", *extra)}


def found(binary, repo, *extra):
    return sorted((f["path"], f["line"], f["rule_id"]) for f in run(binary, repo, "scan", "--format", "json", *extra))


def t_settings_file_makes_claude_cli_a_request(binary):
    repo = make_repo({".claude/settings.json": SETTINGS % "1", "scripts/triage.sh": SCRIPT})
    try:
        got = sites(binary, repo)
        want = {("scripts/triage.sh", 5), ("scripts/triage.sh", 6), ("scripts/triage.sh", 7)}
        if set(got) != want:
            return f"calls: {sorted(got)}, want {sorted(want)}"
        first = got[("scripts/triage.sh", 5)]
        if first["request_kind"] != "shell" or first["data_categories"] != ["personal"] or \
                first["evidence"]["kind"] != "claude-code-setting" or \
                ".claude/settings.json" not in first["evidence"]["description"]:
            return f"site: {json.dumps({k: first.get(k) for k in ('request_kind', 'data_categories', 'evidence')})}"
        if got[("scripts/triage.sh", 7)]["data_categories"] != []:
            return f"a prompt without data: {got[('scripts/triage.sh', 7)]['data_categories']}"
        want_f = [("scripts/triage.sh", 5, "sensitive-data/personal-field"),
                  ("scripts/triage.sh", 6, "sensitive-data/secret-file")]
        got_f = found(binary, repo)
        if got_f != want_f:
            return f"scan: {got_f}, want {want_f}"
        # A new script, staged: the committed settings file still configures it.
        with open(f"{repo}/scripts/new.sh", "w") as f:
            f.write('claude -p "Triage $PATIENT_DIAGNOSIS"\n')
        git(repo, "add", "scripts/new.sh")
        got_f = found(binary, repo, "--staged")
        if got_f != [("scripts/new.sh", 1, "sensitive-data/health-field")]:
            return f"--staged: {got_f}"
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def t_claude_cli_without_foundry_settings_is_not_a_request(binary):
    # Foundry elsewhere in the repository (a Python client) does not configure Claude Code;
    # a settings file that switches it off, or to Bedrock, does not either.
    for files in ({"app/llm.py": PYTHON_FOUNDRY, "scripts/triage.sh": SCRIPT},
                  {".claude/settings.json": SETTINGS % "0", "app/llm.py": PYTHON_FOUNDRY, "scripts/triage.sh": SCRIPT},
                  {".claude/settings.json": (SETTINGS % "1").replace("FOUNDRY\"", "BEDROCK\""),
                   "app/llm.py": PYTHON_FOUNDRY, "scripts/triage.sh": SCRIPT}):
        repo = make_repo(files)
        try:
            got = sites(binary, repo)
            if got or found(binary, repo):
                return f"{sorted(files)}: calls {sorted(got)}, scan {found(binary, repo)}"
        finally:
            shutil.rmtree(repo, ignore_errors=True)
    return None


TESTS = [(n[2:], f) for n, f in sorted(globals().items()) if n.startswith("t_") and callable(f)]
