"""CI report formats end to end: `--format github` (workflow commands, escaping,
the 10-per-kind cap) and `--format codequality` (GitLab Code Quality JSON)."""
import json
import os
import re
import shutil
import tempfile

from . import make_repo, scan

CLIENT = "from anthropic import AnthropicFoundry\nclient = AnthropicFoundry()\n\n"

# A file name with ',' and ':', which must be escaped in the file= property.
ODD_NAME = {
    "a,x/b:c.py": CLIENT + (
        "def f(user):\n"
        "    client.messages.create(model=\"m\", max_tokens=5, messages=[\n"
        "        {\"role\": \"user\", \"content\": f\"SSN 536-22-1847, {user.email}\"},\n"
        "    ])\n"
        "# Azure zero data retention covers 100% of what we send to Claude on Foundry, so prompts are never stored.\n"
    ),
}


def many_findings():
    """13 errors, 12 warnings and one suppressed warning, in one request."""
    lines = [CLIENT + "def f(patient, user):", "    parts = []"]
    lines += [f'    parts.append(f"d{i} {{patient.diagnosis}}")' for i in range(13)]
    lines += [f'    parts.append(f"e{i} {{user.email}}")' for i in range(12)]
    lines.append('    parts.append(f"x {user.email}")  # foundry-guard: ignore[sensitive-data/personal-field] reviewed')
    lines.append('    client.messages.create(model="m", max_tokens=5, '
                 'messages=[{"role": "user", "content": "".join(parts)}])')
    return {"app.py": "\n".join(lines) + "\n"}


ANNOTATION = re.compile(r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:]*,)*[A-Za-z]+=[^,:]*)::(.*)$")


def parse_annotations(text):
    out = []
    for line in text.splitlines():
        m = ANNOTATION.match(line)
        if m:
            props = dict(p.split("=", 1) for p in m.group(2).split(","))
            out.append((m.group(1), props, m.group(3)))
    return out


def t_github_escaping(binary):
    repo = make_repo(ODD_NAME)
    try:
        p = scan(binary, repo, fmt="github")
        if p.returncode != 1:
            return f"exit {p.returncode}, want 1: {p.stderr}"
        lines = p.stdout.splitlines()
        anns = parse_annotations(p.stdout)
        if len(anns) != len(lines) - 1:
            return f"every line but the summary must be one well-formed workflow command:\n{p.stdout}"
        for kind, props, msg in anns:
            if props.get("file") != "a%2Cx/b%3Ac.py":
                return f"file property not escaped: {props.get('file')!r}"
            if not props.get("line", "").isdigit() or not props.get("col", "").isdigit():
                return f"line/col missing: {props}"
            if not props.get("title", "").startswith(("sensitive-data/", "zdr-claim/")):
                return f"title is not the rule id: {props}"
        kinds = [a[0] for a in anns]
        if kinds != sorted(kinds, key=["error", "warning", "notice"].index):
            return f"not most severe first: {kinds}"
        claim = [a for a in anns if a[1]["title"].startswith("zdr-claim/")]
        if not claim or "100%25 of" not in claim[0][2] or "100% " in claim[0][2]:
            return f"'%' in the message not escaped: {claim}"
        if "536-22-1847" in p.stdout:
            return "unredacted value in the github output"
        if not lines[-1].startswith("foundry-guard: ") or "files scanned" not in lines[-1]:
            return f"no summary line at the end: {lines[-1]!r}"
        return None
    finally:
        shutil.rmtree(repo)


def t_github_caps_ten_per_kind(binary):
    repo = make_repo(many_findings())
    try:
        p = scan(binary, repo, fmt="github")
        anns = parse_annotations(p.stdout)
        kinds = [a[0] for a in anns]
        if kinds != ["error"] * 10 + ["warning"] * 10:
            return f"want 10 errors then 10 warnings, got {kinds}"
        lines = [int(a[1]["line"]) for a in anns]
        if lines[:10] != sorted(lines[:10]) or lines[10:] != sorted(lines[10:]):
            return f"not in line order within a kind: {lines}"
        rest = p.stdout.splitlines()[len(anns):]
        if len(rest) != 2:
            return f"want one overflow line and the summary after the annotations, got {rest}"
        if not re.search(r"\b5 more findings are not shown as annotations \(3 errors, 2 warnings, 0 notes\)", rest[0]) \
                or "job summary" not in rest[0] or "SARIF" not in rest[0] or rest[0].startswith("::"):
            return f"overflow line: {rest[0]!r}"
        if "25 findings (13 errors, 12 warnings, 0 notes, 1 suppressed)" not in rest[1]:
            return f"summary line: {rest[1]!r}"
        q = scan(binary, repo, "--fail-on", "never", fmt="github")
        if q.returncode != 0 or q.stdout != p.stdout.replace(p.stdout.splitlines()[-1], q.stdout.splitlines()[-1]):
            return f"--fail-on never must exit 0 with the same annotations (exit {q.returncode})"
        return None
    finally:
        shutil.rmtree(repo)


def t_codequality_report(binary):
    repo = make_repo(dict(many_findings(), **ODD_NAME))
    outdir = tempfile.mkdtemp(prefix="fg-cq-")
    try:
        out = os.path.join(outdir, "gl-code-quality-report.json")
        p = scan(binary, repo, "--output", out, fmt="codequality")
        if p.returncode != 1:
            return f"exit {p.returncode}: {p.stderr}"
        with open(out, encoding="utf-8") as f:
            issues = json.load(f)
        ref = json.loads(scan(binary, repo).stdout)["findings"]
        want = [r for r in ref if not r["suppressed"]]
        if not isinstance(issues, list) or len(issues) != len(want):
            return f"want a JSON array of {len(want)} issues (suppressed left out), got {len(issues)}"
        sev = {"error": "critical", "warning": "major", "note": "info"}
        for i, r in zip(issues, want):
            if not isinstance(i.get("description"), str) or not i["description"]:
                return f"description: {i}"
            if i.get("check_name") != r["rule_id"] or i.get("severity") != sev[r["severity"]]:
                return f"check_name/severity: {i} for {r['rule_id']} {r['severity']}"
            loc = i.get("location", {})
            if loc.get("path") != r["path"] or loc.get("lines", {}).get("begin") != r["line"]:
                return f"location: {loc} for {r['path']}:{r['line']}"
            if not re.fullmatch(r"[0-9a-f]{32}", i.get("fingerprint", "")):
                return f"fingerprint: {i.get('fingerprint')!r}"
        fps = [i["fingerprint"] for i in issues]
        if len(set(fps)) != len(fps):
            return "fingerprints are not unique"
        again = scan(binary, repo, fmt="codequality")
        if [i["fingerprint"] for i in json.loads(again.stdout)] != fps:
            return "fingerprints are not stable from one run to the next"
        if "536-22-1847" in open(out, encoding="utf-8").read():
            return "unredacted value in the codequality report"
        # Clean tree: an empty array, still valid JSON.
        clean = make_repo({"ok.py": "print('hello')\n"})
        try:
            if json.loads(scan(binary, clean, fmt="codequality").stdout) != []:
                return "a clean scan must give []"
        finally:
            shutil.rmtree(clean)
        return None
    finally:
        shutil.rmtree(repo)
        shutil.rmtree(outdir, ignore_errors=True)


def t_unknown_format_lists_ci_formats(binary):
    repo = make_repo({"ok.py": "print('hello')\n"})
    try:
        p = scan(binary, repo, fmt="gitlab")
        if p.returncode != 2 or "github" not in p.stderr or "codequality" not in p.stderr:
            return f"exit {p.returncode}, stderr {p.stderr!r}"
        return None
    finally:
        shutil.rmtree(repo)


TESTS = [
    ("ci.github_escaping", t_github_escaping),
    ("ci.github_caps_ten_per_kind", t_github_caps_ten_per_kind),
    ("ci.codequality_report", t_codequality_report),
    ("ci.unknown_format_lists_ci_formats", t_unknown_format_lists_ci_formats),
]
