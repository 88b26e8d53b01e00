"""Everyday use: paths an editor can open, quiet success, structured `calls` JSON, colour,
rule documentation and the sources of the retention facts."""
import json
import os
import pty
import re
import shutil
import subprocess
import tempfile

from . import make_repo

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

LEAK = '''from anthropic import AnthropicFoundry
client = AnthropicFoundry()

def ask(user):
    return client.messages.create(model="m", max_tokens=5, messages=[
        {"role": "user", "content": f"SSN {user.ssn}"},
    ])
'''


def run(binary, cwd, *args):
    return subprocess.run([binary, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def first_path(text):
    return text.splitlines()[0].split(":", 1)[0] if text.strip() else ""


def t_text_paths_follow_the_current_folder(binary):
    repo = make_repo({"services/api/app.py": LEAK, "README.md": "x\n"})
    try:
        api = os.path.join(repo, "services", "api")
        real = os.path.realpath(repo)
        want = {
            (repo, (".",)): "services/api/app.py",               # at the root: as before
            (api, (".",)): "app.py",                               # inside: relative to here
            (api, ("..",)): "app.py",
            (os.path.join(repo, "services"), (".", "--path-style", "root")): "services/api/app.py",
            (api, ("--path-style", "absolute")): os.path.join(real, "services/api/app.py"),
            (os.path.dirname(repo), (repo, "--path-style", "cwd")):
                os.path.join(os.path.basename(repo), "services/api/app.py"),
            (os.path.dirname(repo), (repo,)): "services/api/app.py",  # outside the tree: root paths
        }
        for (cwd, args), path in want.items():
            p = run(binary, cwd, "scan", *args)
            if p.returncode != 1 or first_path(p.stdout) != path:
                return f"scan {' '.join(args)} from {cwd}: first path {first_path(p.stdout)!r}, want {path!r}\n{p.stdout[:400]}{p.stderr}"
        # Flow steps use the same path; machine formats keep root paths.
        p = run(binary, api, "scan", "--explain-flows")
        if not any(line.strip().startswith("app.py:") for line in p.stdout.splitlines()[1:]):
            return f"--explain-flows steps do not use the same path:\n{p.stdout[:800]}"
        p = run(binary, api, "scan", "--format", "json")
        if json.loads(p.stdout)["findings"][0]["path"] != "services/api/app.py":
            return "the JSON report no longer names paths from the root"
        p = run(binary, api, "scan", "--path-style", "nearest")
        if p.returncode != 2 or "--path-style" not in p.stderr:
            return f"a bad --path-style: exit {p.returncode}, {p.stderr!r}"
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def t_quiet_prints_nothing_when_clean(binary):
    repo = make_repo({"ok.py": "x = 1\n"})
    try:
        p = run(binary, repo, "scan", "--quiet")
        if p.returncode != 0 or p.stdout or p.stderr:
            return f"--quiet on a clean tree: exit {p.returncode}, {p.stdout!r} {p.stderr!r}"
        p = run(binary, repo, "scan")
        if "0 findings" not in p.stdout:
            return "without --quiet the summary line is gone"
        with open(os.path.join(repo, "app.py"), "w") as f:
            f.write(LEAK)
        p = run(binary, repo, "scan", "-q")
        if p.returncode != 1 or "app.py:6:" not in p.stdout or "1 finding" not in p.stdout:
            return f"--quiet hid a finding: {p.stdout!r}"
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def t_pre_commit_framework_first_build_is_quiet(binary):
    """hooks/pre-commit-framework builds the tool on first use: silent when
    that works, the whole log when it fails."""
    root = tempfile.mkdtemp(prefix="fg-pcf-")
    try:
        clone = os.path.join(root, "clone")
        os.makedirs(os.path.join(clone, "hooks"))
        shutil.copy(os.path.join(PROJECT, "hooks", "pre-commit-framework"), os.path.join(clone, "hooks"))
        with open(os.path.join(clone, "Makefile"), "w") as f:
            f.write("all:\n\t@echo compiling lots of files\n\t@mkdir -p build\n"
                    f"\t@test -z \"$$FAIL\" || {{ echo the compiler broke; exit 1; }}\n"
                    f"\t@ln -sf {binary} build/foundry-guard\n")
        repo = make_repo({"ok.py": "x = 1\n"})
        try:
            env = {k: v for k, v in os.environ.items() if k not in ("FOUNDRY_GUARD", "MAKEFLAGS", "MAKELEVEL")}
            env["PATH"] = "/usr/bin:/bin"  # no foundry-guard on it
            hook = os.path.join(clone, "hooks", "pre-commit-framework")
            p = subprocess.run(["sh", hook, "ok.py"], cwd=repo, env=dict(env, FAIL="1"),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if p.returncode != 2 or "the compiler broke" not in p.stdout or "failed" not in p.stdout:
                return f"a failed first build: exit {p.returncode}, {p.stdout!r}"
            p = subprocess.run(["sh", hook, "ok.py"], cwd=repo, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
            if p.returncode != 0 or p.stdout:
                return f"a good first build and a clean file: exit {p.returncode}, output {p.stdout!r}"
            return None
        finally:
            shutil.rmtree(repo, ignore_errors=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def t_calls_json_is_structured(binary):
    repo = make_repo({
        "app.py": LEAK,
        "rest.py": '''import requests
def send(patient):
    requests.post("https://x.services.ai.azure.com/anthropic/v1/messages",
                  json={"messages": [{"role": "user", "content": patient.diagnosis}]})
''',
    })
    try:
        p = run(binary, repo, "calls", "--format", "json")
        sites = {f["path"]: f for f in json.loads(p.stdout)["findings"]}
        sdk, rest = sites.get("app.py"), sites.get("rest.py")
        if not sdk or not rest:
            return f"calls did not list both sites: {sorted(sites)}"
        if sdk["data_categories"] != ["government-id"] or sdk["request_kind"] != "sdk" \
                or sdk["evidence"] != {"kind": "client", "description": "Foundry client: built at line 2", "line": 2}:
            return f"SDK site: {json.dumps({k: sdk.get(k) for k in ('data_categories', 'evidence', 'request_kind')})}"
        if rest["data_categories"] != ["health"] or rest["request_kind"] != "http" \
                or rest["evidence"]["kind"] != "endpoint" or rest["evidence"]["line"] is not None:
            return f"REST site: {json.dumps({k: rest.get(k) for k in ('data_categories', 'evidence', 'request_kind')})}"
        with open(os.path.join(repo, "app.py"), "w") as f:
            f.write(LEAK.replace('f"SSN {user.ssn}"', '"hello"'))
        p = run(binary, repo, "calls", "--format", "json")
        site = [f for f in json.loads(p.stdout)["findings"] if f["path"] == "app.py"]
        if not site or site[0]["data_categories"] != []:
            return f"a site that sends nothing sensitive: {site}"
        # Ordinary findings carry no request-site fields.
        p = run(binary, repo, "scan", "--format", "json")
        if any("evidence" in f for f in json.loads(p.stdout)["findings"]):
            return "scan findings carry calls-only fields"
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def on_tty(binary, cwd, args, env):
    """Runs the binary with its stdout on a pseudo-terminal; returns (status, output)."""
    master, slave = pty.openpty()
    try:
        p = subprocess.Popen([binary, *args], cwd=cwd, env=env, stdout=slave, stderr=subprocess.DEVNULL)
        os.close(slave)
        slave = None
        out = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the other side is closed
                break
            if not chunk:
                break
            out += chunk
        return p.wait(), out.decode("utf-8", "replace")
    finally:
        os.close(master)
        if slave is not None:
            os.close(slave)


def t_color_follows_no_color_org_and_the_option(binary):
    """--color=auto|always|never; auto colours a terminal unless NO_COLOR is
    set to a non-empty value (an empty NO_COLOR does not count)."""
    repo = make_repo({"app.py": LEAK})
    esc = "\x1b["
    try:
        base = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        cases = [  # (args, NO_COLOR or None, on a terminal, coloured)
            ([], None, True, True),
            ([], "", True, True),
            ([], "1", True, False),
            (["--color=auto"], "", True, True),
            (["--color=never"], None, True, False),
            (["--no-color"], None, True, False),
            ([], None, False, False),
            (["--color=auto"], None, False, False),
            (["--color=always"], None, False, True),
            (["--color=always"], "1", False, True),
            (["--color", "always"], None, False, True),
            (["--color"], None, False, True),
        ]
        for args, no_color, tty, coloured in cases:
            env = dict(base) if no_color is None else dict(base, NO_COLOR=no_color)
            argv = ["scan", *args]
            if tty:
                rc, out = on_tty(binary, repo, argv, env)
            else:
                p = subprocess.run([binary, *argv], cwd=repo, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
                rc, out = p.returncode, p.stdout
            if rc != 1 or "app.py:6:" not in out or (esc in out) != coloured:
                return (f"scan {' '.join(args)} with NO_COLOR={no_color!r} on a {'terminal' if tty else 'pipe'}: "
                        f"exit {rc}, coloured {esc in out}, want {coloured}\n{out[:300]!r}")
        p = run(binary, repo, "scan", "--color=sometimes")
        if p.returncode != 2 or "--color takes auto, always or never" not in p.stderr:
            return f"a bad --color: exit {p.returncode}, {p.stderr!r}"
        p = run(binary, repo, "--help")
        if "--color=auto|always|never" not in p.stdout or "NO_COLOR" not in p.stdout:
            return "--help does not document --color=auto|always|never and NO_COLOR"
        man = open(os.path.join(PROJECT, "src", "foundry-guard.1")).read()
        if "color=auto" not in man or "non-empty" not in man:
            return "the man page does not document --color=auto|always|never and a non-empty NO_COLOR"
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def t_expired_ignore_says_so_in_every_format(binary):
    """An ignore past its until= date no longer suppresses, and the finding
    says so in text, JSON, SARIF, GitHub and Code Quality output."""
    marker = "  # foundry-guard: ignore[sensitive-data] reviewed with legal"
    expired = LEAK.replace('f"SSN {user.ssn}"},', 'f"SSN {user.ssn}"},' + marker + " until=2001-10-01")
    current = LEAK.replace('f"SSN {user.ssn}"},', 'f"SSN {user.ssn}"},' + marker + " until=2999-12-31")
    repo = make_repo({"app.py": expired, "later.py": current})
    note = "(ignore expired on 2001-10-01)"
    try:
        p = run(binary, repo, "scan", "--format", "json")
        fs = json.loads(p.stdout)["findings"]
        shown = [(f["path"], f["suppressed"]) for f in fs]
        if sorted(shown) != [("app.py", False), ("later.py", True)]:
            return f"an expired ignore must stop suppressing and a current one must not: {shown}"
        app = [f for f in fs if f["path"] == "app.py"][0]
        if not app["message"].endswith(note):
            return f"JSON message: {app['message']!r}"
        if note in [f for f in fs if f["path"] == "later.py"][0]["message"]:
            return "a current ignore says it expired"
        p = run(binary, repo, "scan", "--format", "sarif")
        res = [r for r in json.loads(p.stdout)["runs"][0]["results"] if not r.get("suppressions")]
        if len(res) != 1 or not res[0]["message"]["text"].endswith(note):
            return f"SARIF: {[r['message']['text'] for r in res]}"
        p = run(binary, repo, "scan", "--format", "codequality")
        if not any(note in i["description"] for i in json.loads(p.stdout)):
            return f"Code Quality: {p.stdout[:500]}"
        for fmt, prefix in (("text", "app.py:6:"), ("github", "::error file=app.py,line=6")):
            p = run(binary, repo, "scan", "--format", fmt)
            line = [ln for ln in p.stdout.splitlines() if ln.startswith(prefix)]
            if len(line) != 1 or note not in line[0]:
                return f"{fmt}: {p.stdout[:600]!r}"
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def github_anchors(markdown):
    """The anchors GitHub gives the headings of a Markdown file, and each one's text up to the next heading."""
    sections, anchor = {}, None
    fenced = False
    for line in markdown.splitlines():
        if re.match(r" {0,3}```[^`]*$", line):  # a fence (an info string holds no backtick)
            fenced = not fenced
        m = None if fenced else re.match(r"#{1,6} +(.*)", line)
        if m:
            anchor = re.sub(r"[^\w\- ]", "", m.group(1).strip().lower()).replace(" ", "-")
            sections[anchor] = ""
        elif anchor:
            sections[anchor] += line + "\n"
    return sections


def t_rules_link_their_documentation_and_cite_their_sources(binary):
    """SARIF rules carry a helpUri (a section of the README that lists the rule);
    `rules --explain` cites the sources of the retention facts, which are data in
    rules/rules.txt (not C) and listed in the README too."""
    repo = make_repo({"app.py": LEAK})
    try:
        p = run(binary, repo, "scan", "--format", "sarif")
        driver = json.loads(p.stdout)["runs"][0]["tool"]["driver"]
        readme = open(os.path.join(PROJECT, "README.md")).read()
        sections = github_anchors(readme)
        stanzas = set(re.findall(r"^id: (\S+)", open(os.path.join(PROJECT, "rules", "rules.txt")).read(), re.M))
        for rule in driver["rules"]:
            uri = rule.get("helpUri", "")
            base, _, anchor = uri.partition("#")
            if base != driver["informationUri"] or anchor not in sections:
                return f"{rule['id']}: helpUri {uri!r} is not a section of the README at {driver['informationUri']}"
            if rule["id"] in stanzas and f"`{rule['id']}`" not in sections[anchor]:
                return f"{rule['id']}: the README section #{anchor} does not list it"
        sources = re.search(r"\n### Sources of the retention facts\n(.*?)\n## ", readme, re.S).group(1)
        explained = {}
        for rid, want in (("sensitive-data/health-field", 4), ("zdr-claim/retention-assumption", 7),
                          ("inventory/foundry-request", 4), ("suppression/unused-ignore", 0)):
            p = run(binary, repo, "rules", "--explain", rid)
            urls = re.findall(r"^    (https://\S+)$", p.stdout, re.M)
            if p.returncode != 0 or len(urls) != want or (want and "\nSources:\n" not in p.stdout):
                return f"rules --explain {rid}: {len(urls)} sources, want {want}\n{p.stdout}"
            if f"More: {driver['informationUri']}#" not in p.stdout:
                return f"rules --explain {rid} does not link its documentation"
            for url in urls:
                if f"({url})" not in sources:
                    return f"{url} ({rid}) is not in the README's sources of the retention facts"
            explained[rid] = urls
        for url in ("https://learn.microsoft.com/azure/foundry/responsible-ai/claude-models/data-privacy",
                    "https://privacy.anthropic.com/en/articles/7996866"):
            if url not in explained["sensitive-data/health-field"]:
                return f"the sensitive-data facts do not cite {url}"
        if "https://learn.microsoft.com/azure/ai-foundry/responsible-ai/openai/data-privacy" not in \
                explained["zdr-claim/retention-assumption"]:
            return "the ZDR claim does not cite Azure's own data-privacy page"
        health = [r for r in driver["rules"] if r["id"] == "sensitive-data/health-field"][0]
        if any(f"]({url})" not in health["help"]["markdown"] or url not in health["help"]["text"]
               for url in explained["sensitive-data/health-field"]):
            return f"the SARIF help does not cite the sources: {health['help']['markdown'][-400:]}"
        # Knowledge lives in rules/: no source URL in the C code.
        for d, _, names in os.walk(os.path.join(PROJECT, "src")):
            for n in names:
                if n.endswith((".c", ".h")) and "learn.microsoft.com" in open(os.path.join(d, n), errors="replace").read():
                    return f"{n} hard-codes a source"
        # A rules folder's bad `sources:` or `help:` is an error naming its file and line.
        rules = tempfile.mkdtemp(prefix="fg-rules-")
        try:
            for key, value, why in (("sources", "a page without its address", "sources must be"),
                                    ("sources", "Title <http://insecure.example/>", "sources must be"),
                                    ("help", "docs/rules.md", "help must be")):
                with open(os.path.join(rules, "rules.txt"), "w") as f:
                    f.write(f"id: custom/x\nseverity: note\nshort: s\nfact: f\nfix: x\n{key}: {value}\n")
                p = run(binary, repo, "rules", "--rules", rules)
                if p.returncode != 2 or "rules.txt:1:" not in p.stderr or why not in p.stderr:
                    return f"{key}: {value!r}: exit {p.returncode}, {p.stderr!r}"
            with open(os.path.join(rules, "rules.txt"), "w") as f:
                f.write("id: custom/x\nseverity: note\nshort: s\nfact: f\nfix: x\n"
                        "help: https://wiki.example/custom-x\nsources: Our DPA <https://legal.example/dpa>\n")
            p = run(binary, repo, "rules", "--rules", rules, "--explain", "custom/x")
            if p.returncode != 0 or "  - Our DPA\n    https://legal.example/dpa\n" not in p.stdout \
                    or "More: https://wiki.example/custom-x" not in p.stdout:
                return f"a custom rule's help and sources: {p.stdout!r} {p.stderr!r}"
        finally:
            shutil.rmtree(rules, ignore_errors=True)
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def t_readme_pre_commit_local_example_runs(binary):
    """The README's `repo: local` .pre-commit-config.yaml, taken from the README
    as it is, run by the real pre-commit: a leak in a staged file stops the
    commit, a clean commit passes silently, --all-files reads whole files."""
    import shutil as sh
    pc = sh.which("pre-commit")
    if not pc:
        return "SKIP pre-commit is not installed (apt-get install pre-commit)"
    readme = open(os.path.join(PROJECT, "README.md")).read()
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if "repo: local" in b]
    if len(blocks) != 1:
        return f"the README has {len(blocks)} `repo: local` pre-commit examples, want 1"
    root = tempfile.mkdtemp(prefix="fg-pcl-")
    try:
        bindir = os.path.join(root, "bin")
        os.makedirs(bindir)
        os.symlink(binary, os.path.join(bindir, "foundry-guard"))
        env = {k: v for k, v in os.environ.items() if k not in ("FOUNDRY_GUARD", "GIT_DIR", "GIT_INDEX_FILE")}
        env.update(PATH=bindir + ":/usr/bin:/bin", PRE_COMMIT_HOME=os.path.join(root, "cache"), HOME=root,
                   GIT_CONFIG_NOSYSTEM="1")
        repo = make_repo({".pre-commit-config.yaml": blocks[0], "ok.py": "x = 1\n"})
        try:
            def pre_commit(*args):
                return subprocess.run([pc, *args], cwd=repo, env=env, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, text=True)

            p = pre_commit("validate-config", ".pre-commit-config.yaml")
            if p.returncode != 0:
                return f"pre-commit rejects the README's config: {p.stdout}"
            p = pre_commit("install")
            if p.returncode != 0:
                return f"pre-commit install: {p.stdout}"
            with open(os.path.join(repo, "app.py"), "w") as f:
                f.write(LEAK)
            subprocess.run(["git", "add", "app.py"], cwd=repo, check=True)
            p = subprocess.run(["git", "commit", "-q", "-m", "leak"], cwd=repo, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
            if p.returncode == 0 or "app.py:6:" not in p.stdout or "government-id-field" not in p.stdout:
                return f"a staged leak was committed: exit {p.returncode}\n{p.stdout}"
            with open(os.path.join(repo, "app.py"), "w") as f:
                f.write(LEAK.replace('f"SSN {user.ssn}"', '"hello"'))
            subprocess.run(["git", "add", "app.py"], cwd=repo, check=True)
            p = subprocess.run(["git", "commit", "-q", "-m", "clean"], cwd=repo, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
            if p.returncode != 0 or "Passed" not in p.stdout or "finding" in p.stdout:
                return f"a clean commit: exit {p.returncode}\n{p.stdout}"
            # Committed before the hook: whole files with --all-files, nothing on an empty change.
            with open(os.path.join(repo, "old.py"), "w") as f:
                f.write(LEAK)
            subprocess.run(["git", "add", "old.py"], cwd=repo, check=True)
            subprocess.run(["git", "commit", "-q", "--no-verify", "-m", "old"], cwd=repo, check=True)
            p = pre_commit("run", "--all-files")
            if p.returncode != 1 or "old.py:6:" not in p.stdout:
                return f"pre-commit run --all-files: exit {p.returncode}\n{p.stdout}"
            p = pre_commit("run")
            if p.returncode != 0:
                return f"pre-commit run with nothing staged: exit {p.returncode}\n{p.stdout}"
            return None
        finally:
            shutil.rmtree(repo, ignore_errors=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def t_output_to_a_special_file_writes_in_place(binary):
    """--output /dev/null (or a FIFO, /dev/stdout) is written in place: the
    report is never renamed over a special file (as root, a rename would turn
    /dev/null into a regular file).  Checked on a FIFO, with a reader."""
    import stat
    import threading
    repo = make_repo({"app.py": LEAK})
    root = tempfile.mkdtemp(prefix="fg-fifo-")
    try:
        fifo = os.path.join(root, "report.fifo")
        os.mkfifo(fifo)
        got = []
        reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
        reader.start()
        p = run(binary, repo, "scan", "--format", "json", "--output", fifo)
        reader.join(timeout=20)
        if p.returncode != 1 or reader.is_alive():
            return f"scan --output FIFO: exit {p.returncode}, {p.stderr!r}"
        if not stat.S_ISFIFO(os.lstat(fifo).st_mode):
            return "the FIFO was replaced by a regular file"
        if not got or b'"findings"' not in got[0]:
            return f"the reader got {got[:1]!r}"
        leftovers = [n for n in os.listdir(root) if n != "report.fifo"]
        if leftovers:
            return f"temporary files left beside it: {leftovers}"
        out = os.path.join(root, "report.json")
        p = run(binary, repo, "scan", "--format", "json", "--output", out)
        if p.returncode != 1 or not stat.S_ISREG(os.lstat(out).st_mode) or sorted(os.listdir(root)) != ["report.fifo", "report.json"]:
            return f"a regular --output file: exit {p.returncode}, folder {sorted(os.listdir(root))}"
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)


TESTS = [(n[2:], f) for n, f in sorted(globals().items()) if n.startswith("t_") and callable(f)]
