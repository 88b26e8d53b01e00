"""End-to-end tests: small repositories built on the fly, scanned by the real
binary, with the exact set of expected findings.

Each case lists files and the findings expected as (path, line, rule-prefix);
anything else reported is a failure, so every case is also a negative test.
"""
import json
import os
import shutil
import subprocess
import tempfile
import textwrap

def git(repo, *args):
    subprocess.run(["git", "-C", repo, *args], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def make_repo(files, commit=True):
    repo = tempfile.mkdtemp(prefix="fg-e2e-")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "t@example.invalid")
    git(repo, "config", "user.name", "t")
    git(repo, "config", "commit.gpgsign", "false")
    write_files(repo, files)
    if commit:
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "init")
    return repo


def write_files(root, files):
    for path, content in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(full, mode) as f:
            f.write(content if isinstance(content, bytes) else textwrap.dedent(content).lstrip("\n"))


def scan(binary, repo, *args, fmt="json"):
    p = subprocess.run([binary, "scan", repo, "--format", fmt, *args], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    return p


def findings(binary, repo, *args):
    p = scan(binary, repo, *args)
    if p.returncode not in (0, 1):
        raise AssertionError(f"scan exited {p.returncode}: {p.stderr.strip()}")
    return json.loads(p.stdout)["findings"], p


def check_case(binary, case):
    repo = make_repo(case["files"])
    try:
        got, _ = findings(binary, repo, *case.get("args", []))
        got_set = sorted((f["path"], f["line"], f["rule_id"]) for f in got if not f["suppressed"])
        want = sorted(case["expect"])
        missing = [w for w in want if not any(g[0] == w[0] and g[1] == w[1] and g[2].startswith(w[2])
                                              for g in got_set)]
        extra = [g for g in got_set if not any(g[0] == w[0] and g[1] == w[1] and g[2].startswith(w[2])
                                               for w in want)]
        if missing or extra:
            return f"missing {missing}, unexpected {extra}"
        for check in case.get("checks", []):
            msg = check(got)
            if msg:
                return msg
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def run_all(counter, binary, only):
    from . import action, cases, ci, claudecode, cli, config, diffcontext, friction, gitmodes, redaction, release, resolution
    for case in cases.CASES + resolution.CASES:
        name = "e2e." + case["name"]
        if only and only not in name:
            continue
        try:
            why = check_case(binary, case)
        except Exception as e:  # a crash is a failure, with its reason
            why = f"{type(e).__name__}: {e}"
        if why:
            counter.fail(name, why)
        else:
            counter.ok(name)
    for name, fn in (cli.TESTS + [("git." + n, f) for n, f in gitmodes.TESTS] +
                     [("diff." + n, f) for n, f in diffcontext.TESTS] +
                     [("config." + n, f) for n, f in config.TESTS] +
                     [("redaction." + n, f) for n, f in redaction.TESTS] + ci.TESTS + action.TESTS + release.TESTS +
                     [("friction." + n, f) for n, f in friction.TESTS] +
                     [("claude-code." + n, f) for n, f in claudecode.TESTS]):
        full = "cli." + name
        if only and only not in full:
            continue
        try:
            why = fn(binary)
        except Exception as e:
            why = f"{type(e).__name__}: {e}"
        if why and why.startswith("SKIP "):
            print(f"skip {full}: {why[5:]}")
        elif why:
            counter.fail(full, why)
        else:
            counter.ok(full)
