"""Nothing in any output gives a value back (issue 9, section 2): fingerprints
and baselines come from redacted text and the code's structure, every
printed line masks literals and tokens no detector knows, ignore reasons and
notes are redacted, and text and GitHub output escape control characters."""
import json
import os
import shutil
import subprocess
import tempfile

from . import make_repo, scan

HEAD = '''
from anthropic import AnthropicFoundry
client = AnthropicFoundry()

'''

SEND = '''
def ask(user):
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=64, messages=[
        {"role": "user", "content": f"SSN {SSN}, mail {MAIL}, {user.diagnosis}"},
    ])
'''


def _app(ssn, mail, pad=""):
    return HEAD + pad + f'SSN = "{ssn}"\nMAIL = "{mail}"\n' + SEND


def _fingerprints(binary, repo):
    """Every fingerprint the formats write, and the baseline file's entries."""
    out = {}
    p = scan(binary, repo, fmt="sarif")
    run = json.loads(p.stdout)["runs"][0]
    out["sarif"] = sorted(json.dumps(r["partialFingerprints"], sort_keys=True) for r in run["results"])
    p = scan(binary, repo, fmt="json")
    out["json"] = sorted(f["fingerprint"] for f in json.loads(p.stdout)["findings"])
    p = scan(binary, repo, fmt="codequality")
    out["codequality"] = sorted(i["fingerprint"] for i in json.loads(p.stdout))
    base = os.path.join(tempfile.mkdtemp(prefix="fg-bl-"), "baseline.txt")
    subprocess.run([binary, "scan", repo, "--write-baseline", base], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    out["baseline"] = open(base).read()
    shutil.rmtree(os.path.dirname(base))
    return out


def t_fingerprints_do_not_depend_on_hidden_characters(binary):
    """Two files that differ only in the hidden digits of values give identical
    fingerprints, line hashes and baseline entries; so does a moved line."""
    # 536-22-1847 shows "53", the e-mail its first four characters: the rest is hidden
    a = make_repo({"app.py": _app("536-22-1847", "mari.lopez@contoso-health.com")})
    b = make_repo({"app.py": _app("539-81-6620", "mari.gomez@fabrikam-care.org")})
    c = make_repo({"app.py": _app("536-22-1847", "mari.lopez@contoso-health.com", pad="\n\n# moved\n\n")})
    try:
        fa, fb, fc = (_fingerprints(binary, r) for r in (a, b, c))
        if not fa["json"] or len(fa["json"]) < 2:
            return f"expected findings for the SSN and the e-mail: {fa['json']}"
        for k in fa:
            if fa[k] != fb[k]:
                return f"{k}: fingerprints differ with only hidden characters changed:\n{fa[k]}\n{fb[k]}"
            if fa[k] != fc[k]:
                return f"{k}: fingerprints changed when the lines moved:\n{fa[k]}\n{fc[k]}"
        # and the visible part still tells values apart
        d = make_repo({"app.py": _app("636-22-1847", "bo.chen@contoso-health.com")})
        try:
            if _fingerprints(binary, d)["json"] == fa["json"]:
                return "values that differ where they are shown got the same fingerprints"
        finally:
            shutil.rmtree(d)
        return None
    finally:
        for r in (a, b, c):
            shutil.rmtree(r)


def _fn(name):
    return f'''
def {name}(user):
    client.messages.create(model="m", max_tokens=9, messages=[{{"role": "user", "content": user.ssn}}])
'''


def t_baseline_follows_the_enclosing_function(binary):
    """Fingerprints name the enclosing function: a new leak of the same
    expression in a new function is the one reported, not an accepted one."""
    repo = make_repo({"app.py": HEAD + _fn("first") + _fn("second")})
    try:
        base = os.path.join(repo, "baseline.txt")
        subprocess.run([binary, "scan", repo, "--write-baseline", base], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        with open(os.path.join(repo, "app.py"), "w") as f:
            f.write(HEAD + _fn("added") + _fn("first") + _fn("second"))
        p = scan(binary, repo, "--baseline", base)
        open_ = [(f["line"], f["rule_id"]) for f in json.loads(p.stdout)["findings"] if not f["suppressed"]]
        if open_ != [(7, "sensitive-data/government-id-field")]:
            return f"want only the new function's leak (line 7) reported, got {open_}"
        return None
    finally:
        shutil.rmtree(repo)


# Secrets no detector matches, on lines that are reported.
AWS_ID = "AKIAZ7VQ4M2LXK3RT9NB"
AWS_SECRET = "Vt8q3ZkR0mWx9LpB2nHc7YdF4sJa6GeQ1uTo5iKy"
HEX_KEY = "9c1f4e7a2b8d3f60a5e9c7b1d4f2a8e3"
PASSWORD = "Tr0ub4dor&3x"
UNMATCHED = {
    "app.py": HEAD + f'''
def ask(user):
    aws = {{"id": "{AWS_ID}", "secret": "{AWS_SECRET}"}}; return client.messages.create(model="m", max_tokens=9, messages=[{{"role": "user", "content": f"{{user.diagnosis}} {{aws}}"}}])

def ask2(user):
    client.messages.create(model="m", max_tokens=9, messages=[{{"role": "user", "content": f"{{user.ssn}} key={HEX_KEY}"}}])

def ask3(user):
    password = "{PASSWORD}"; client.messages.create(model="m", max_tokens=9, messages=[{{"role": "user", "content": f"{{user.password}} {{password}}"}}])
''',
}


def t_unmatched_secrets_on_reported_lines_are_masked(binary):
    repo = make_repo(UNMATCHED)
    try:
        for fmt in ("text", "json", "sarif", "github", "codequality"):
            p = scan(binary, repo, "--explain-flows", fmt=fmt)
            if p.returncode != 1:
                return f"{fmt}: exit {p.returncode}: {p.stderr.strip()}"
            for secret in (AWS_SECRET, HEX_KEY, PASSWORD, AWS_SECRET[:12], HEX_KEY[:12]):
                if secret in p.stdout or secret in p.stderr:
                    return f"{fmt} output shows {secret!r}"
        # the snippets still show the code around the values
        p = scan(binary, repo, fmt="json")
        snippets = [f["snippet"] for f in json.loads(p.stdout)["findings"]]
        if not any("client.messages.create" in s and "user.diagnosis" in s for s in snippets):
            return f"snippets lost their code: {snippets}"
        return None
    finally:
        shutil.rmtree(repo)


def t_calls_notes_and_claim_quotes_are_masked(binary):
    repo = make_repo({
        "app.py": f'''
from anthropic import AnthropicFoundry
# Azure zero data retention covers Claude on Foundry, so key {HEX_KEY} is fine here
client = AnthropicFoundry(base_url="https://r.services.ai.azure.com/anthropic", api_key="{AWS_SECRET}")

def ask(user):
    return client.messages.create(model="m", max_tokens=9, messages=[{{"role": "user", "content": user.ssn + "{HEX_KEY}"}}])
''',
    })
    try:
        runs = [subprocess.run([binary, "calls", repo, "--format", fmt, "--explain-flows"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for fmt in ("text", "json", "sarif")]
        runs += [scan(binary, repo, "--explain-flows", fmt=fmt) for fmt in ("text", "json", "sarif", "github")]
        for p in runs:
            for secret in (HEX_KEY, AWS_SECRET, HEX_KEY[:12], AWS_SECRET[4:16]):
                if secret in p.stdout or secret in p.stderr:
                    return f"{p.args[1:]} shows {secret!r}"
        doc = json.loads(runs[4].stdout)
        if not any(f["rule_id"].startswith("zdr-claim/") and "zero data retention covers" in f["message"]
                   for f in doc["findings"]):
            return "the claim quote is missing"
        return None
    finally:
        shutil.rmtree(repo)


def t_ignore_reasons_and_notes_are_redacted(binary):
    secret = "sk-ant-api03-Qm7vX2pL9sK4dR8tW1zB6nF3hJ0cY5gA"
    repo = make_repo({
        "app.py": HEAD + f'''
def ask(user):
    # foundry-guard: ignore[sensitive-data] reviewed, test patient 536-22-1847 uses key {secret} {AWS_SECRET}
    client.messages.create(model="m", max_tokens=9, messages=[{{"role": "user", "content": user.diagnosis}}])
    # foundry-guard: ignore[sensitive-data]
    client.messages.create(model="m", max_tokens=9, messages=[{{"role": "user", "content": user.ssn}}])  # {HEX_KEY}
''',
    })
    try:
        for fmt in ("json", "sarif", "text", "github"):
            p = scan(binary, repo, fmt=fmt)
            for s in (secret, "536-22-1847", AWS_SECRET, HEX_KEY, secret[14:30]):
                if s in p.stdout:
                    return f"{fmt} output shows {s!r}"
        p = scan(binary, repo, fmt="json")
        doc = json.loads(p.stdout)
        just = [f.get("justification", "") for f in doc["findings"] if f["suppressed"]]
        if not just or "reviewed, test patient" not in just[0] or "[redacted]" not in just[0]:
            return f"justification not kept, or not redacted: {just}"
        return None
    finally:
        shutil.rmtree(repo)


FORGED = "a\n::error file=evil.py,line=1::forged annotation\n.py"


def t_control_characters_cannot_forge_lines(binary):
    """A file named with a newline must not start a `::error` line of its own;
    an escape character in a line must not reach the terminal."""
    repo = make_repo({}, commit=False)
    try:
        with open(os.path.join(repo, FORGED), "w") as f:
            f.write(HEAD + 'def ask(user):\n    client.messages.create(model="m", max_tokens=9, messages=['
                    '{"role": "user", "content": user.diagnosis}])  # \x1b[2J\x1b]0;owned\x07\n')
        for fmt in ("text", "github"):
            p = scan(binary, repo, "--no-git", "--explain-flows", fmt=fmt)
            if p.returncode != 1:
                return f"{fmt}: exit {p.returncode}: {p.stderr.strip()}"
            lines = p.stdout.split("\n")
            if any(l.startswith("::error file=evil.py") or l.startswith(".py") for l in lines):
                return f"{fmt}: the file name forged a line: {p.stdout!r}"
            if "\x1b" in p.stdout or "\x07" in p.stdout:
                return f"{fmt}: a control character reached the output: {p.stdout!r}"
            if fmt == "text" and "a\\n::error file=evil.py" not in p.stdout:
                return f"text: the path is not shown escaped: {p.stdout!r}"
            if fmt == "github" and sum(1 for l in lines if l.startswith("::")) != 1:
                return f"github: expected exactly one annotation: {p.stdout!r}"
        return None
    finally:
        shutil.rmtree(repo)


def t_error_messages_are_redacted_and_one_line(binary):
    """An error that quotes the repository (here a configuration key) shows no
    value and stays on one line."""
    key = "sk-ant-api03-Zq8vN3xR7tLm2PwK9sJd4FhB6cYe1GuA5oTiXnVbQ0rMlEkHjWgCfDyUpIzSaO3"
    for bad, secret in ((f'"{key}"', key[:20]), ('"x\\n::error file=evil.py::forged"', "\n::error")):
        repo = make_repo({".foundry-guard.yml": f"rules:\n  {bad}: off\n"})
        try:
            p = scan(binary, repo, fmt="text")
            if p.returncode != 2:
                return f"exit {p.returncode}, want 2: {p.stderr!r}"
            if secret in p.stderr or p.stderr.count("\n") != 1 or "no rule or category" not in p.stderr:
                return f"error not redacted or not one line: {p.stderr!r}"
        finally:
            shutil.rmtree(repo)
    return None


TESTS = [(n[2:], f) for n, f in sorted(globals().items()) if n.startswith("t_") and callable(f)]
