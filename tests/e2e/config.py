"""Configuration, inline ignores, baselines and custom rules."""
import json
import os
import shutil
import subprocess
import tempfile
import time

from . import git, make_repo, write_files

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

APP = '''
from anthropic import AnthropicFoundry
client = AnthropicFoundry()

def f(user):
    client.messages.create(model="m", max_tokens=5, messages=[
        {"role": "user", "content": f"{user.email} {user.member_number} EMP-123456"},
        {"role": "user", "content": "Reach me at ana.souza@northwind-clinic.com"},
    ])
'''


def run(binary, repo, *args):
    return subprocess.run([binary, *args], cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def findings(binary, repo, *args):
    p = run(binary, repo, "scan", ".", "--format", "json", *args)
    if p.returncode not in (0, 1):
        raise AssertionError(f"exit {p.returncode}: {p.stderr.strip()}")
    return [f for f in json.loads(p.stdout)["findings"] if not f["suppressed"]], json.loads(p.stdout)


def rules_of(fs):
    return sorted(f["rule_id"] for f in fs)


def with_repo(files, fn):
    repo = make_repo(files)
    try:
        return fn(repo)
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def t_every_key_valid(binary):
    cfg = '''
        version: 1
        exclude: [vendor/]
        rules:
          sensitive-data/personal-field: { severity: note }
          zdr-claim: off
        sensitive-names:
          - { name: memberNumber, category: health }
          - { name: email, exclude: true }
        detectors:
          - { id: employee-id, category: personal, severity: warning, pattern: '\\bEMP-[0-9]{6}\\b' }
        allow:
          - value: 'northwind-clinic\\.com$'
          - { path: 'scripts/**', rule: sensitive-data }
        foundry-context: always
        max-file-size: 100000
        doc-snippets: warning
        vendored: skip
        '''
    def body(repo):
        fs, _ = findings(binary, repo)
        got = sorted((f["path"], f["rule_id"], f["severity"]) for f in fs)
        want = [("app.py", "sensitive-data/employee-id", "warning"), ("app.py", "sensitive-data/health-field", "error")]
        if got != want:
            return f"got {got}"
        p = run(binary, repo, "config", "--print")
        if (p.returncode != 0 or "employee-id" not in p.stdout or "zdr-claim/retention-assumption: { enabled: false" not in p.stdout
                or "doc-snippets: warning" not in p.stdout or "vendored: skip" not in p.stdout):
            return f"config --print: {p.stdout[:400]} {p.stderr}"
        return None
    return with_repo({"app.py": APP, ".foundry-guard.yml": cfg, "vendor/x.py": APP, "scripts/y.py": APP}, body)


def t_invalid_configs_name_file_line_and_column(binary):
    cases = {
        "version: 1\nrulez: {}\n": ("2:1", "unknown key 'rulez'"),
        "version: 2\n": ("1:10", "version must be 1"),
        "rules:\n  sensitive-data/email: { severity: loud }\n": ("2:", "severity must be"),
        "rules:\n  sensitive-data/no-such-rule: off\n": ("2:", "no rule or category"),
        "sensitive-names:\n  - { name: x, category: secretish }\n": ("2:", "category"),
        "detectors:\n  - { id: d, category: personal, pattern: '(unclosed' }\n": (".foundry-guard.yml:2", "does not compile"),
        "exclude: vendor/\n": ("1:10", "must be a list"),
        "foundry-context: sometimes\n": ("1:18", "auto, always or never"),
        "doc-snippets: loud\n": ("1:15", "note, warning, error or off"),
        "vendored: maybe\n": ("1:11", "skip or scan"),
        "rules: [\n": (".foundry-guard.yml:", "YAML error"),
    }
    for text, (where, what) in cases.items():
        repo = make_repo({"app.py": APP, ".foundry-guard.yml": text})
        try:
            p = run(binary, repo, "scan", ".")
            if p.returncode != 2 or where not in p.stderr or what not in p.stderr or len(p.stderr.strip().splitlines()) != 1:
                return f"{text!r}: exit {p.returncode}, {p.stderr!r}"
        finally:
            shutil.rmtree(repo, ignore_errors=True)
    return None


def t_duplicate_keys_and_second_documents_are_errors(binary):
    """YAML keeps one of two equal keys and a loader reads one document: both would drop settings unseen."""
    cases = {
        "version: 1\nexclude:\n  - vendor/\nexclude: []\n": ("4:1", "duplicate key 'exclude' (first given at line 2)"),
        "rules:\n  zdr-claim: off\n  zdr-claim: { severity: error }\n": ("3:3", "duplicate key 'zdr-claim'"),
        "sensitive-names:\n  - { name: a, category: health, name: b }\n": ("2:34", "duplicate key 'name'"),
        "version: 1\n---\nexclude: [vendor/]\n": ("2:1", "second YAML document"),
    }
    for text, (where, what) in cases.items():
        repo = make_repo({"app.py": APP, ".foundry-guard.yml": text})
        try:
            p = run(binary, repo, "scan", ".")
            if p.returncode != 2 or ".foundry-guard.yml:" + where not in p.stderr or what not in p.stderr:
                return f"{text!r}: exit {p.returncode}, {p.stderr!r}"
        finally:
            shutil.rmtree(repo, ignore_errors=True)
    for text in ("---\nversion: 1\n...\n", "version: 1\n---\n"):
        repo = make_repo({"app.py": APP, ".foundry-guard.yml": text})
        try:
            p = run(binary, repo, "scan", ".")
            if p.returncode == 2:
                return f"{text!r}: one document (and an empty one) is fine: {p.stderr!r}"
        finally:
            shutil.rmtree(repo, ignore_errors=True)
    return None


def t_configured_names_match_as_builtin_names_do(binary):
    """One normaliser: a configured name matches in every naming style, with a qualifier or a
    describing suffix, and loses to the look-alike exclusions, exactly as a built-in name does."""
    cfg = ("version: 1\nsensitive-names:\n  - { name: member_tier, category: health }\n"
           "  - { name: getLoyaltyPoints, category: personal }\n  - { name: email_address, exclude: true }\n")
    uses = ["user.get_member_tier()", "user.memberTier", 'data["member/tier2"]', "user.customer_member_tier",
            "user.member_tier_details", "user.loyalty_points", "user.LOYALTY_POINTS",
            # not sensitive: a flag (exclude.tsv), a name the configuration takes away (with a qualifier too)
            "user.is_member_tier", "user.email_address", "user.billing_email_address"]
    lines = ["from anthropic import AnthropicFoundry", "client = AnthropicFoundry()", "def f(user, data):"]
    lines += [f'    client.messages.create(model="m", max_tokens=5, messages=[{{"role": "user", "content": {u}}}])'
              for u in uses]

    def body(repo):
        fs, _ = findings(binary, repo)
        got = sorted((f["line"], f["rule_id"]) for f in fs)
        want = [(4 + i, "sensitive-data/health-field") for i in range(5)] + \
               [(9, "sensitive-data/personal-field"), (10, "sensitive-data/personal-field")]
        if got != want:
            return f"got {got}, want {want}"
        return None
    return with_repo({"app.py": "\n".join(lines) + "\n", ".foundry-guard.yml": cfg}, body)


def t_malicious_configs_fail_cleanly(binary):
    d = tempfile.mkdtemp(prefix="fg-evil-")
    try:
        evil = {
            "redos.yml": "detectors:\n  - { id: r, category: personal, pattern: '(a+)+$' }\n",
            "nested.yml": "rules: " + "[" * 5000 + "]" * 5000 + "\n",
            "bomb.yml": "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
                f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)),
        }
        big = os.path.join(d, "big.yml")
        with open(big, "wb") as f:
            f.truncate(100 * 1024 * 1024)
        for name, text in evil.items():
            with open(os.path.join(d, name), "w") as f:
                f.write(text)
        for name in list(evil) + ["big.yml"]:
            t0 = time.monotonic()
            p = subprocess.run([binary, "scan", d, "--config", os.path.join(d, name)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, timeout=60)
            if p.returncode != 2 or name not in p.stderr or len(p.stderr.strip().splitlines()) != 1:
                return f"{name}: exit {p.returncode}, {p.stderr[:300]!r}"
            if time.monotonic() - t0 > 20:
                return f"{name}: took {time.monotonic() - t0:.1f}s"
        return None
    finally:
        shutil.rmtree(d, ignore_errors=True)


IGNORE_SYNTAXES = {
    "a.py": ('x = client.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": user.ssn}])  '
             '# foundry-guard: ignore[sensitive-data/government-id-field] synthetic tenant\n'),
    "b.ts": ('// foundry-guard: ignore[sensitive-data] synthetic tenant\n'
             'client.messages.create({ model: "m", max_tokens: 1, messages: [{ role: "user", content: user.ssn }] });\n'),
    "c.js": ('client.messages.create({ model: "m", max_tokens: 1, messages: [{ role: "user", content: user.ssn }] }); '
             '/* foundry-guard: ignore[sensitive-data] synthetic tenant */\n'),
    "d.md": 'Claude on Foundry is covered by Azure zero data retention. <!-- foundry-guard: ignore[zdr-claim] quoted from the old policy -->\n',
    "e.yaml": '# Claude on Foundry never leaves our Azure tenant.  foundry-guard: ignore[zdr-claim/retention-assumption] historic\nx: 1\n',
}


def t_inline_ignores_every_comment_syntax(binary):
    files = dict(IGNORE_SYNTAXES)
    files["a.py"] = "from anthropic import AnthropicFoundry\nclient = AnthropicFoundry()\nuser = None\n" + files["a.py"]
    files["b.ts"] = 'import { AnthropicFoundry } from "@anthropic-ai/foundry-sdk";\nconst client = new AnthropicFoundry();\n' + files["b.ts"]
    files["c.js"] = 'const { AnthropicFoundry } = require("@anthropic-ai/foundry-sdk");\nconst client = new AnthropicFoundry();\n' + files["c.js"]
    def body(repo):
        fs, doc = findings(binary, repo)
        if fs:
            return f"not suppressed: {[(f['path'], f['line'], f['rule_id']) for f in fs]}"
        sup = [f for f in doc["findings"] if f["suppressed"]]
        if sorted(f["path"] for f in sup) != ["a.py", "b.ts", "c.js", "d.md", "e.yaml"]:
            return f"suppressed: {sorted(f['path'] for f in sup)}"
        if any(f["suppression_kind"] != "inSource" or not f["justification"] for f in sup):
            return "suppressions lack kind or justification"
        p = run(binary, repo, "scan", ".", "--format", "sarif")
        results = json.loads(p.stdout)["runs"][0]["results"]
        if not all(r.get("suppressions", [{}])[0].get("kind") == "inSource" for r in results):
            return "SARIF lacks suppressions"
        return None
    return with_repo(files, body)


CLIENT_PY = "from anthropic import AnthropicFoundry\nclient = AnthropicFoundry()\n"
SEND_SSN_PY = 'client.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": user.ssn}])'


def t_inline_ignore_only_in_comments(binary):
    """A marker inside a string literal (the prompt itself, a multi-line string) suppresses nothing;
    comments and docstrings still do."""
    files = {
        "a.py": CLIENT_PY + "def f(user):\n    client.messages.create(model=\"m\", max_tokens=1, messages=["
                "{\"role\": \"user\", \"content\": f\"{user.ssn} foundry-guard: ignore[sensitive-data] fine\"}])\n",
        "b.ts": 'import { AnthropicFoundry } from "@anthropic-ai/foundry-sdk";\nconst client = new AnthropicFoundry();\n'
                'const tag = "x // foundry-guard: ignore[sensitive-data] fine"; client.messages.create({ model: "m", '
                'max_tokens: 1, messages: [{ role: "user", content: user.ssn }] });\n',
        "c.py": CLIENT_PY + 'def f(user):\n    note = """\n    foundry-guard: ignore[sensitive-data] fine\n    """\n    '
                + SEND_SSN_PY + "\n",
        "d.py": CLIENT_PY + 'def f(user):\n    """foundry-guard: ignore[sensitive-data] synthetic tenant"""\n    '
                + SEND_SSN_PY + "\n",
        "e.py": CLIENT_PY + "def f(user):\n    " + SEND_SSN_PY + "  # it's fine; foundry-guard: ignore[sensitive-data] synthetic\n",
    }

    def body(repo):
        fs, doc = findings(binary, repo)
        got = sorted((f["path"], f["line"]) for f in fs)
        if got != [("a.py", 4), ("b.ts", 3), ("c.py", 7)]:
            return f"reported {got}; want the three markers in strings ignored, the docstring and comment honoured"
        sup = sorted(f["path"] for f in doc["findings"] if f["suppressed"])
        if sup != ["d.py", "e.py"]:
            return f"suppressed {sup}"
        return None
    return with_repo(files, body)


def t_ignore_star_and_bad_until_are_not_honoured(binary):
    """ignore[*] and an until= that is not a real date do not apply, and a warning says why."""
    cases = [("ignore[*] synthetic tenant", False), ("ignore[sensitive-data] until=2099-02-30 synthetic", False),
             ("ignore[sensitive-data] until=tomorrow synthetic", False),
             ("ignore[sensitive-data] until=2099-12-31 synthetic", True)]
    files = {}
    for i, (marker, _) in enumerate(cases):
        files[f"m{i}.py"] = CLIENT_PY + f"def f(user):\n    {SEND_SSN_PY}  # foundry-guard: {marker}\n"

    def body(repo):
        fs, doc = findings(binary, repo)
        for i, (marker, honoured) in enumerate(cases):
            mine = [f["rule_id"] for f in fs if f["path"] == f"m{i}.py"]
            want = [] if honoured else ["sensitive-data/government-id-field", "suppression/invalid-ignore"]
            if sorted(mine) != want:
                return f"{marker!r}: reported {mine}, want {want}"
        warn = [f for f in fs if f["rule_id"] == "suppression/invalid-ignore"]
        if any(f["severity"] != "warning" for f in warn) or "`*` is not accepted" not in warn[0]["message"]:
            return f"the warning does not say why: {[f['message'] for f in warn]}"
        return None
    return with_repo(files, body)


def t_ignore_expiry_and_unused(binary):
    app = APP.replace('EMP-123456"},', 'EMP-123456"},  # foundry-guard: ignore[sensitive-data] until=2000-01-01 trial\n        # foundry-guard: ignore[zdr-claim] nothing here')
    def body(repo):
        fs, _ = findings(binary, repo, "--report-unused-ignores")
        rules = rules_of(fs)
        if "sensitive-data/personal-field" not in rules or "suppression/unused-ignore" not in rules:
            return f"expired ignore still applied or unused not reported: {rules}"
        if not any("expired on 2000-01-01" in f["message"] for f in fs):
            return "expiry not said"
        return None
    return with_repo({"app.py": app}, body)


def t_baseline_round_trip(binary):
    def body(repo):
        base = os.path.join(repo, "fg-baseline.txt")
        p = run(binary, repo, "scan", ".", "--write-baseline", base)
        if p.returncode != 0:
            return f"write-baseline exit {p.returncode}: {p.stderr}"
        first = open(base).read()
        run(binary, repo, "scan", ".", "--write-baseline", base)
        if open(base).read() != first:
            return "re-writing an unchanged repository changed the baseline"
        if "ana.souza" in first or "northwind" in first:
            return "the baseline holds a raw value"
        fs, doc = findings(binary, repo, "--baseline", base)
        if fs:
            return f"baseline did not hide: {rules_of(fs)}"
        # shifted lines: still suppressed
        path = os.path.join(repo, "app.py")
        src = open(path).read()
        open(path, "w").write("# header\n# more\n" + src)
        fs, _ = findings(binary, repo, "--baseline", base)
        if fs:
            return f"shifted lines no longer suppressed: {rules_of(fs)}"
        # changed value: reported, and the old entry is stale
        open(path, "w").write(src.replace("ana.souza@northwind-clinic.com", "bo.chen@northwind-clinic.com"))
        p = run(binary, repo, "scan", ".", "--format", "json", "--baseline", base)
        fs = [f for f in json.loads(p.stdout)["findings"] if not f["suppressed"]]
        if rules_of(fs) != ["sensitive-data/email"] or "1 stale baseline entry" not in p.stderr:
            return f"changed value: {rules_of(fs)} {p.stderr!r}"
        return None
    return with_repo({"app.py": APP}, body)


def t_custom_rules_dir_and_rules_only(binary):
    d = tempfile.mkdtemp(prefix="fg-rules-")
    try:
        extra = os.path.join(d, "extra")
        os.makedirs(os.path.join(extra, "tests"))
        with open(os.path.join(extra, "detectors.tsv"), "w") as f:
            f.write("employee-id\tpersonal\twarning\tnone\t\\b(EMP-[0-9]{6})\\b\n")
        with open(os.path.join(extra, "tests", "emp.py"), "w") as f:
            f.write("from anthropic import AnthropicFoundry\nclient = AnthropicFoundry()\n"
                    "client.messages.create(model='m', max_tokens=1, messages=[{'role': 'user', 'content': "
                    "'Staff EMP-123456'}])  # expect: sensitive-data/employee-id\n")
        p = subprocess.run([binary, "rules", "--test", extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0 or "1 passed, 0 failed" not in p.stdout:
            return f"rules --test DIR: {p.stdout} {p.stderr}"
        repo = make_repo({"app.py": APP})
        try:
            fs, _ = findings(binary, repo, "--rules", extra)
            if "sensitive-data/employee-id" not in rules_of(fs) or "sensitive-data/email" not in rules_of(fs):
                return f"--rules adds: {rules_of(fs)}"
            p = run(binary, repo, "scan", ".", "--rules", extra, "--rules-only")
            if p.returncode != 2 or "rules.txt" not in p.stderr:
                return f"--rules-only with an incomplete folder: {p.returncode} {p.stderr!r}"
            full = os.path.join(d, "full")
            shutil.copytree(os.path.join(PROJECT, "rules"), full)
            with open(os.path.join(full, "detectors.tsv")) as f:
                lines = [l for l in f if not l.startswith("email\t")]
            with open(os.path.join(full, "detectors.tsv"), "w") as f:
                f.writelines(lines)
            fs, _ = findings(binary, repo, "--rules", full, "--rules-only")
            if "sensitive-data/email" in rules_of(fs):
                return "--rules-only still used the embedded e-mail detector"
        finally:
            shutil.rmtree(repo, ignore_errors=True)
        return None
    finally:
        shutil.rmtree(d, ignore_errors=True)


def t_init_writes_once(binary):
    def body(repo):
        p = run(binary, repo, "init")
        if p.returncode != 0 or not os.path.exists(os.path.join(repo, ".foundry-guard.yml")):
            return f"init: {p.returncode} {p.stderr}"
        p = run(binary, repo, "init")
        if p.returncode != 2 or "already exists" not in p.stderr:
            return "init overwrote"
        p = run(binary, repo, "scan", ".")
        if p.returncode not in (0, 1):
            return f"the starter config does not load: {p.stderr}"
        return None
    return with_repo({"app.py": "x = 1\n"}, body)


def t_baseline_named_in_the_configuration(binary):
    """`baseline: FILE` in .foundry-guard.yml (relative to the repository root);
    --baseline wins; a missing or unreadable one is an error, not a pass;
    `init` writes the key and an empty baseline."""
    def one_line_error(p, *words):
        err = p.stderr.strip()
        return p.returncode == 2 and len(err.splitlines()) == 1 and all(w in err for w in words)

    def body(repo):
        p = run(binary, repo, "init")
        if p.returncode != 0 or "baseline: .foundry-guard-baseline.tsv" not in open(os.path.join(repo, ".foundry-guard.yml")).read():
            return f"init does not write the baseline key: {p.returncode} {p.stdout} {p.stderr}"
        base = os.path.join(repo, ".foundry-guard-baseline.tsv")
        key_line = [i for i, ln in enumerate(open(os.path.join(repo, ".foundry-guard.yml")), 1)
                    if ln.startswith("baseline:")][0]
        if not os.path.exists(base):
            return "init names a baseline it does not write"
        fs, _ = findings(binary, repo)
        if "sensitive-data/email" not in rules_of(fs):
            return f"the empty baseline init writes hides findings: {rules_of(fs)}"
        p = run(binary, repo, "config", "--print")
        if "baseline: '.foundry-guard-baseline.tsv'" not in p.stdout:
            return f"config --print does not show the baseline: {p.stdout[-300:]}"
        p = run(binary, repo, "scan", ".", "--write-baseline", ".foundry-guard-baseline.tsv")
        if p.returncode != 0 or "names it" not in p.stderr:
            return f"--write-baseline of the configured file: {p.returncode} {p.stderr!r}"
        accepted = open(base).read()
        fs, doc = findings(binary, repo)
        hidden = [f for f in doc["findings"] if f["suppressed"]]
        if fs or not hidden or any(f["justification"] != "accepted in the baseline .foundry-guard-baseline.tsv" for f in hidden):
            return f"the configured baseline does not hide: {rules_of(fs)} {[f['justification'] for f in hidden]}"
        # Relative to the repository root, from a subfolder and for a subfolder.
        sub = os.path.join(repo, "pkg")
        os.makedirs(sub)
        open(os.path.join(sub, "more.py"), "w").write(APP)
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "more")
        p = run(binary, sub, "scan", "--format", "json")
        left = [(f["path"], f["rule_id"]) for f in json.loads(p.stdout)["findings"] if not f["suppressed"]]
        if p.returncode != 1 or not left or any(path != "pkg/more.py" for path, _ in left):
            return f"from a subfolder: exit {p.returncode}, {left} {p.stderr}"
        # The command line wins.
        empty = os.path.join(repo, "empty.tsv")
        open(empty, "w").write("")
        fs, _ = findings(binary, repo, "--baseline", empty)
        if "sensitive-data/email" not in [r for r in rules_of(fs)]:
            return "--baseline on the command line did not replace the configured one"
        # --config-from REV: the baseline as that commit has it.
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "policy")
        os.remove(base)
        p = run(binary, repo, "scan", ".", "--format", "json", "--config-from", "HEAD")
        if p.returncode != 1 or not any(f["suppressed"] for f in json.loads(p.stdout)["findings"]):
            return f"--config-from HEAD with the configured baseline: {p.returncode} {p.stderr}"
        # Missing, unreadable, or not in the commit: one line naming the file, exit 2.
        p = run(binary, repo, "scan", ".")
        if not one_line_error(p, "cannot read the baseline ", ".foundry-guard-baseline.tsv (named by `baseline:` in",
                              f".foundry-guard.yml line {key_line}", "No such file"):
            return f"a missing configured baseline: exit {p.returncode}, {p.stderr!r}"
        os.mkdir(base)
        p = run(binary, sub, "scan")
        if not one_line_error(p, ".foundry-guard-baseline.tsv", ".foundry-guard.yml"):
            return f"an unreadable configured baseline: exit {p.returncode}, {p.stderr!r}"
        os.rmdir(base)
        git(repo, "rm", "-q", "--cached", ".foundry-guard-baseline.tsv")
        git(repo, "commit", "-q", "-m", "drop")
        p = run(binary, repo, "scan", ".", "--config-from", "HEAD")
        if not one_line_error(p, "HEAD:.foundry-guard-baseline.tsv: no such baseline in that commit", "baseline:"):
            return f"a configured baseline missing from the commit: exit {p.returncode}, {p.stderr!r}"
        # `calls` is an inventory: it does not need the baseline.
        p = run(binary, repo, "calls", ".")
        if p.returncode != 0:
            return f"calls needs the baseline: {p.returncode} {p.stderr!r}"
        open(base, "w").write(accepted)
        # Paths outside the repository are refused where they are written.
        for bad in ("/tmp/b.tsv", "../b.tsv", "a/../../b.tsv", "''", "dir/"):
            open(os.path.join(repo, ".foundry-guard.yml"), "w").write(f"version: 1\nbaseline: {bad}\n")
            p = run(binary, repo, "scan", ".")
            if not one_line_error(p, ".foundry-guard.yml:2:11", "relative to the repository root"):
                return f"baseline: {bad}: exit {p.returncode}, {p.stderr!r}"
        return None
    return with_repo({"app.py": APP}, body)


DOC = """# Claude on Foundry

```python
from anthropic import AnthropicFoundry
client = AnthropicFoundry()
client.messages.create(model="m", max_tokens=5, messages=[{"role": "user", "content": f"SSN {patient.ssn}"}])
```
"""


def t_doc_snippets_are_notes_unless_configured(binary):
    def body(repo):
        got = {}
        for setting in (None, "error", "off"):
            write_files(repo, {".foundry-guard.yml": "version: 1\n" + (f"doc-snippets: {setting}\n" if setting else "")})
            fs, _ = findings(binary, repo)
            got[setting] = sorted((f["path"], f["line"], f["rule_id"], f["severity"]) for f in fs)
        want = [("README.md", 6, "sensitive-data/government-id-field", "note"),
                ("docs/unclosed.md", 6, "sensitive-data/government-id-field", "note")]
        if got[None] != want or got["error"] != [w[:3] + ("error",) for w in want] or got["off"] != []:
            return f"got {got}"
        p = run(binary, repo, "calls", ".", "--format", "json")
        if "README.md" in p.stdout:
            return f"documentation listed as a request site: {p.stdout[:300]}"
        return None
    # a fence left open at the end of a file without a final newline runs to the end
    return with_repo({"README.md": DOC, "docs/unclosed.md": DOC.rstrip().rsplit("\n", 1)[0]}, body)


def t_notebook_markdown_fences_are_code(binary):
    md = ["# Claude on Foundry\n", "\n", "```python\n", "from anthropic import AnthropicFoundry\n",
          "client = AnthropicFoundry()\n",
          "client.messages.create(model=\"m\", max_tokens=5, messages=[{\"role\": \"user\", \"content\": patient.ssn}])\n",
          "```\n"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": md}], "metadata": {}, "nbformat": 4,
          "nbformat_minor": 5}
    text = json.dumps(nb, indent=1)
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "patient.ssn" in l)
    def body(repo):
        fs, _ = findings(binary, repo)
        got = [(f["path"], f["line"], f["rule_id"], f["severity"]) for f in fs]
        if got != [("guide.ipynb", line, "sensitive-data/government-id-field", "note")]:
            return f"got {got}, want line {line}"
        return None
    return with_repo({"guide.ipynb": text}, body)


CLAIM_MD = "# Claude on Azure AI Foundry\n\nPrompts sent to Claude on Foundry are never retained.\n"


def t_vendored_copies_are_skipped_and_counted(binary):
    files = {
        "app.py": APP,
        "node_modules/@scope/pkg/README.md": CLAIM_MD,
        "third_party/lib/app.py": APP,
        "otherlib-main/LICENSE": "MIT\n", "otherlib-main/package.json": '{"name": "otherlib"}\n',
        "otherlib-main/app.py": APP,
        "copied/LICENSE": "MIT\n", "copied/pyproject.toml": '[project]\nname = "copied"\n',
        "copied/.github/workflows/ci.yml": "on: push\n", "copied/docs/claims.md": CLAIM_MD,
        "packages/own/LICENSE": "MIT\n", "packages/own/package.json": '{"name": "@us/own"}\n',
        "packages/own/app.py": APP,
        "gen/client.py": APP, ".gitattributes": "gen/** linguist-generated\n*.py text\n",
    }
    def body(repo):
        fs, rep = findings(binary, repo)
        paths = sorted({f["path"] for f in fs})
        if paths != ["app.py", "packages/own/app.py"]:
            return f"default: {paths}"
        if rep["summary"]["skipped"]["vendored"] != 8:
            return f"vendored count: {rep['summary']['skipped']}"
        write_files(repo, {".foundry-guard.yml": "version: 1\nvendored: scan\n"})
        fs, _ = findings(binary, repo)
        paths = sorted({f["path"] for f in fs})
        want = ["app.py", "copied/docs/claims.md", "gen/client.py", "node_modules/@scope/pkg/README.md",
                "otherlib-main/app.py", "packages/own/app.py", "third_party/lib/app.py"]
        if paths != want:
            return f"vendored: scan: {paths}"
        return None
    return with_repo(files, body)


def t_builtin_rule_tests(binary):
    p = subprocess.run([binary, "rules", "--test"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0 or " 0 failed" not in p.stdout:
        return p.stdout[-1500:]
    return None


def t_config_from_base_commit(binary):
    def body(repo):
        subprocess.run(["git", "-C", repo, "checkout", "-q", "-b", "pr"], check=True)
        write_files(repo, {".foundry-guard.yml": "version: 1\nrules:\n  sensitive-data: off\n",
                           "app.py": APP + "\ndef g(p):\n    client.messages.create(model='m', max_tokens=1, messages=[{'role': 'user', 'content': p.ssn}])\n"})
        subprocess.run(["git", "-C", repo, "add", "-A"], check=True)
        subprocess.run(["git", "-C", repo, "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q",
                        "-m", "pr"], check=True)
        p = run(binary, repo, "scan", "--diff", "main", "--config-from", "main", "--format", "json")
        fs = json.loads(p.stdout)["findings"]
        rules = rules_of(fs)
        if p.returncode != 1 or "sensitive-data/government-id-field" not in rules or "suppression/config-changed" not in rules:
            return f"the PR's own config weakened its check: {p.returncode} {rules}"
        p = run(binary, repo, "scan", "--diff", "main", "--format", "json")
        if "sensitive-data/government-id-field" in rules_of(json.loads(p.stdout)["findings"]):
            return "without --config-from the worktree config should apply"
        return None
    return with_repo({"app.py": APP, ".foundry-guard.yml": "version: 1\n"}, body)




# Knowledge that differs by language is data: removing a line of languages.tsv
# or lexicon/suffixes.txt (a full copy of rules/ with --rules-only) changes
# what is found, and a bad line is an error naming the file and line.
LW_FILES = {
    # a base class in another module whose member is a direct-API client
    "bots/base.py": "from anthropic import Anthropic\n\n\nclass BaseBot:\n    def __init__(self):\n"
                    "        self.client = Anthropic()\n",
    "bots/intake.py": "from bots.base import BaseBot\n\n\nclass IntakeBot(BaseBot):\n    def ask(self, patient):\n"
                      "        return self.client.messages.create(model='claude-sonnet-4-5', max_tokens=100,\n"
                      "                                           messages=[{'role': 'user', 'content': patient.ssn}])\n",
    "foundry.py": "from anthropic import AnthropicFoundry\n\n"
                  "client = AnthropicFoundry(base_url='https://acme.services.ai.azure.com/anthropic')\n\n\n"
                  "def note(patient):\n"
                  "    return client.messages.create(model='claude-sonnet-4-5', max_tokens=100,\n"
                  "                                  messages=[{'role': 'user', 'content': patient.disability_details}])\n",
    "web/check.ts": "import AnthropicFoundry from '@anthropic-ai/foundry-sdk';\n"
                    "const client = new AnthropicFoundry({ baseURL: 'https://acme.services.ai.azure.com/anthropic' });\n"
                    "export function check(patient: any, stored: string) {\n"
                    "  return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100,\n"
                    "    messages: [{ role: 'user', content: `same: ${patient.ssn === stored}` }] });\n"
                    "}\n",
}


def t_language_words_and_name_suffixes_are_rules(binary):
    d = tempfile.mkdtemp(prefix="fg-lw-")
    repo = make_repo(LW_FILES)
    try:
        def where(*args):
            fs, _ = findings(binary, repo, *args)
            return sorted((f["path"], f["rule_id"]) for f in fs)

        want = [("foundry.py", "sensitive-data/health-field")]
        got = where()
        if got != want:
            return f"embedded rules: {got}"
        full = os.path.join(d, "full")
        shutil.copytree(os.path.join(PROJECT, "rules"), full)
        cases = [
            ("languages.tsv", "python\treceiver\t", ("bots/intake.py", "sensitive-data/government-id-field"), True),
            ("languages.tsv", "ecmascript\tcompare\t", ("web/check.ts", "sensitive-data/government-id-field"), True),
            ("lexicon/suffixes.txt", "details", ("foundry.py", "sensitive-data/health-field"), False),
        ]
        for name, prefix, finding, appears in cases:
            path = os.path.join(full, name)
            text = open(path).read()
            open(path, "w").write("".join(l for l in text.splitlines(True) if not l.startswith(prefix)))
            got = where("--rules", full, "--rules-only")
            open(path, "w").write(text)
            if (finding in got) != appears:
                return f"without '{prefix.strip()}' in {name}: {got}"
        bad = os.path.join(d, "bad")
        os.makedirs(bad)
        open(os.path.join(bad, "languages.tsv"), "w").write("python\treceiver\tme.\ncobol\treceiver\tthis.\n")
        p = run(binary, repo, "scan", ".", "--rules", bad)
        if p.returncode != 2 or "languages.tsv:2: unknown language 'cobol'" not in p.stderr:
            return f"a bad languages.tsv line: {p.returncode} {p.stderr!r}"
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)
        shutil.rmtree(d, ignore_errors=True)


TESTS = [(n[2:], f) for n, f in sorted(globals().items()) if n.startswith("t_") and callable(f)]
