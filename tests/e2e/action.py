"""The GitHub Action (action.yml) run for real, in a simulated GitHub environment.

The action's own `run:` steps are read from action.yml (not copied) and run
in order with `bash --noprofile --norc -eo pipefail`, as the runner does,
with `${{ inputs.* }}` / `${{ steps.*.outputs.* }}` / `${{ github.action_path }}`
resolved from the inputs' defaults and the step outputs written to
$GITHUB_OUTPUT.  Steps that `uses:` another action (actions/cache,
codeql-action/upload-sarif) are skipped: they are not ours to run.

The world: a local bare "origin" with a base branch and a pull-request branch,
a shallow clone of the PR branch (`git clone --depth 1`), a real-shaped event
payload in $GITHUB_EVENT_PATH, and $GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY,
$GITHUB_WORKSPACE; $GITHUB_ACTION_PATH is this project, whose build step is
a no-op `make` when build/foundry-guard is up to date.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
import textwrap

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACTION = os.path.join(PROJECT, "action.yml")
REPO_NAME = "octo/app"

CLIENT = textwrap.dedent('''\
    from anthropic import AnthropicFoundry
    client = AnthropicFoundry()

    def ask(user):
        return client.messages.create(model="m", max_tokens=5, messages=[
            {"role": "user", "content": f"Plan {user.plan}"},
        ])
    ''')
LEAK = CLIENT.replace('f"Plan {user.plan}"', 'f"Plan {user.plan}, SSN {user.ssn}"')
SECRET = "536-22-1847"
OLD_LEAK = CLIENT.replace('f"Plan {user.plan}"', f'"SSN {SECRET}"')
CONFIG = "version: 1\n"
CONFIG_OFF = "version: 1\nrules:\n  sensitive-data: off\n"


def yaml_module():
    try:
        import yaml  # Debian: python3-yaml
        return yaml
    except ImportError:
        return None


_clock = [1700000000]


def git(cwd, *args, check=True):
    # Commits a minute apart, as in a real history: with equal timestamps
    # libgit2 1.5's merge-base walk runs into the shallow boundary.
    _clock[0] += 60
    env = dict(os.environ, GIT_AUTHOR_DATE=f"@{_clock[0]} +0000", GIT_COMMITTER_DATE=f"@{_clock[0]} +0000")
    p = subprocess.run(["git", "-c", "user.email=t@example.invalid", "-c", "user.name=t", "-c",
                        "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args], cwd=cwd, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if check and p.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {p.stdout[-1000:]}")
    return p.stdout.strip()


def commit(work, files, msg):
    for path, content in files.items():
        full = os.path.join(work, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(content)
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", msg)
    return git(work, "rev-parse", "HEAD")


def publish(work, root):
    """The bare origin, serving any reachable commit by SHA as GitHub does."""
    origin = os.path.join(root, "origin.git")
    git(root, "clone", "-q", "--bare", work, origin)
    git(origin, "config", "uploadpack.allowReachableSHA1InWant", "true")
    return origin


def shallow_clone(root, origin, branch):
    ws = os.path.join(root, "workspace")
    git(root, "clone", "-q", "--depth", "1", "--branch", branch, "file://" + origin, ws)
    if git(ws, "rev-parse", "--is-shallow-repository") != "true":
        raise AssertionError("the clone is not shallow")
    return ws


# ---- the runner ----

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def value_of(e, ctx):
    if re.fullmatch(r"inputs\.[\w-]+", e):
        return ctx["inputs"][e[len("inputs."):]]
    s = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", e)
    if s:
        return ctx["steps"].get(s.group(1), {}).get(s.group(2), "")
    if e == "github.action_path":
        return ctx["action_path"]
    if e == "github.workspace":
        return ctx["workspace"]
    if e == "runner.temp":
        return ctx["runner_temp"]
    raise AssertionError(f"action.yml: expression the simulation does not know: {e}")


def evaluate(value, ctx):
    return EXPR.sub(lambda m: value_of(m.group(1), ctx), "" if value is None else str(value))


def condition(text, ctx):
    """An `if:` of comparisons joined by && / ||: 'a' == 'b', x != 'true'."""
    toks = re.findall(r"'[^']*'|&&|\|\||==|!=|[\w.-]+", text)
    py = []
    for t in toks:
        if t in ("&&", "||"):
            py.append("and" if t == "&&" else "or")
        elif t in ("==", "!="):
            py.append(t)
        elif t.startswith("'"):
            py.append(repr(t[1:-1]))
        else:
            py.append(repr(value_of(t, ctx)))
    return bool(eval(" ".join(py), {"__builtins__": {}}))  # only literals and operators


class Cache:
    """actions/cache/restore and save: a folder per key, as GitHub keeps them."""

    def __init__(self, root, warm_with=None):
        self.root, self.warm_with, self.saved, self.restored = root, warm_with, [], []

    def restore(self, key, path):
        src = os.path.join(self.root, key)
        if not os.path.isdir(src) and self.warm_with:
            # A warm cache: the test binary stands in for the cached static one.
            os.makedirs(src)
            shutil.copy(self.warm_with, os.path.join(src, "foundry-guard"))
        if not os.path.isdir(src):
            return {"cache-hit": "false"}
        shutil.rmtree(path, ignore_errors=True)
        shutil.copytree(src, path, symlinks=True)
        self.restored.append(key)
        return {"cache-hit": "true", "cache-matched-key": key}

    def save(self, key, path):
        if os.path.isdir(os.path.join(self.root, key)):
            return {}  # keys are immutable
        shutil.copytree(path, os.path.join(self.root, key), symlinks=True)
        self.saved.append(key)
        return {}


BUILD_TOOLS = ("apt-get", "apt", "sudo", "cc", "gcc", "make", "npm", "cmake", "dpkg-source")


def logging_path(tmp):
    """PATH with each build tool wrapped: the wrapper notes its name, then runs the real one."""
    shims = os.path.join(tmp, "shims")
    os.makedirs(shims, exist_ok=True)
    log = os.path.join(tmp, "tools.log")
    path = os.environ.get("PATH", "/usr/bin:/bin")
    for tool in BUILD_TOOLS:
        real = shutil.which(tool, path=path)
        with open(os.path.join(shims, tool), "w") as f:
            f.write(f"#!/bin/sh\necho {tool} >> '{log}'\n" + (f"exec '{real}' \"$@\"\n" if real else "exit 127\n"))
        os.chmod(os.path.join(shims, tool), 0o755)
    return shims + ":" + path, log


def read_outputs(path):
    """$GITHUB_OUTPUT: name=value lines and name<<DELIM heredocs."""
    out = {}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^([\w-]+)<<(.+)$", line)
        if m:
            j = lines.index(m.group(2), i + 1)
            out[m.group(1)] = "\n".join(lines[i + 1:j])
            i = j + 1
            continue
        if "=" in line:
            k, v = line.split("=", 1)
            out[k] = v
        i += 1
    return out


class Run:
    pass


def run_action(ws, event_name, payload, inputs=None, cache=None, action_path=PROJECT):
    """Runs action.yml.  cache: a Cache (default: a warm one holding the test binary)."""
    action = yaml_module().safe_load(open(os.path.join(action_path, "action.yml"), encoding="utf-8"))
    tmp = tempfile.mkdtemp(prefix="run-", dir=os.path.dirname(ws))  # removed with the test's root
    if cache is None:
        cache = Cache(os.path.join(tmp, "cache"), warm_with=os.path.join(PROJECT, "build", "foundry-guard"))
    runner_temp = os.path.join(tmp, "runner-temp")
    os.makedirs(runner_temp)
    event_path = os.path.join(tmp, "event.json")
    with open(event_path, "w") as f:
        json.dump(payload, f)
    summary = os.path.join(tmp, "step-summary.md")
    open(summary, "w").close()
    ins = {k: "" if v.get("default") is None else str(v["default"]) for k, v in action["inputs"].items()}
    for k in (inputs or {}):
        if k not in ins:
            raise AssertionError(f"action.yml has no input {k!r}")
    ins.update(inputs or {})
    ctx = {"inputs": ins, "steps": {}, "workspace": ws, "action_path": action_path, "runner_temp": runner_temp}
    path, tools_log = logging_path(tmp)
    head = git(ws, "rev-parse", "HEAD")
    # A runner's environment, not this test's (no MAKEFLAGS from an outer make).
    base_env = {
        "PATH": path, "HOME": tmp, "LANG": "C.UTF-8",
        "CI": "true", "GITHUB_ACTIONS": "true", "RUNNER_OS": "Linux", "RUNNER_TEMP": runner_temp,
        "GITHUB_EVENT_NAME": event_name, "GITHUB_EVENT_PATH": event_path, "GITHUB_WORKSPACE": ws,
        "GITHUB_ACTION_PATH": action_path, "GITHUB_STEP_SUMMARY": summary, "GITHUB_REPOSITORY": REPO_NAME,
        "GITHUB_SHA": head,
    }
    r = Run()
    r.log, r.rc, r.skipped, r.summary_path, r.tmp, r.failed_step = "", 0, [], summary, tmp, None
    r.uses, r.cache = [], cache
    assert action["runs"]["using"] == "composite"
    for n, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", f"step {n}")
        if "if" in step and not condition(step["if"], ctx):
            continue
        if "uses" in step:
            args = {k: evaluate(v, ctx) for k, v in (step.get("with") or {}).items()}
            r.uses.append((step["uses"], args))
            if step["uses"] == "actions/cache/restore@v4":
                ctx["steps"][step.get("id", "")] = cache.restore(args["key"], args["path"])
            elif step["uses"] == "actions/cache/save@v4":
                cache.save(args["key"], args["path"])
            else:
                r.skipped.append(step["uses"])  # not ours to run
            continue
        if step.get("shell") != "bash":
            raise AssertionError(f"run step {name!r}: shell must be bash, not {step.get('shell')!r}")
        env = dict(base_env)
        env.update({k: evaluate(v, ctx) for k, v in (step.get("env") or {}).items()})
        out_file = os.path.join(tmp, f"output-{n}")
        open(out_file, "w").close()
        env["GITHUB_OUTPUT"] = out_file
        script = os.path.join(tmp, f"step-{n}.sh")
        with open(script, "w") as f:
            f.write(evaluate(step["run"], ctx))
        p = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=ws, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        r.log += f"## {name} (exit {p.returncode})\n{p.stdout}"
        if step.get("id"):
            ctx["steps"][step["id"]] = read_outputs(out_file)
        if p.returncode != 0:
            r.rc, r.failed_step = p.returncode, name  # later steps are skipped, as on GitHub
            break
    r.outputs = {k: evaluate(v.get("value"), ctx) for k, v in action.get("outputs", {}).items()}
    r.tools = open(tools_log).read().split() if os.path.exists(tools_log) else []
    with open(summary, encoding="utf-8") as f:
        r.summary = f.read()
    return r


def report_paths(ws, r):
    """(path, rule) of every unsuppressed result in the run's SARIF report."""
    sarif = r.outputs.get("sarif-file")
    if not sarif:
        raise AssertionError(f"no sarif-file output: {r.outputs}\n{r.log[-3000:]}")
    with open(os.path.join(ws, sarif), encoding="utf-8") as f:
        s = json.load(f)
    return sorted((res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], res["ruleId"])
                  for run in s["runs"] for res in run["results"] if not res.get("suppressions"))


def common_checks(ws, r, want_paths, want_rc):
    if r.failed_step not in (None, "Result"):
        return f"step {r.failed_step!r} failed (exit {r.rc})\n--- log ---\n" + r.log[-4000:]
    why = None
    got = sorted({p for p, _ in report_paths(ws, r)})
    if got != sorted(want_paths):
        why = f"report covers {got}, want only {sorted(want_paths)}"
    elif r.rc != want_rc or r.outputs.get("exit-code") != str(want_rc):
        why = f"action exit {r.rc}, exit-code output {r.outputs.get('exit-code')!r}; want {want_rc}"
    elif not r.outputs.get("findings", "").isdigit() or int(r.outputs["findings"]) < 1 \
            or int(r.outputs["findings"]) != int(r.outputs["errors"]) + int(r.outputs["warnings"]) \
            + int(r.outputs["notes"]):
        why = f"outputs: {r.outputs}"
    elif int(r.outputs["findings"]) != len(report_paths(ws, r)):
        why = f"findings output {r.outputs['findings']} != {len(report_paths(ws, r))} results in the SARIF"
    elif "## foundry-guard" not in r.summary or not all(p + ":" in r.summary for p in want_paths):
        why = f"job summary does not list the findings:\n{r.summary}"
    elif not any(line.startswith("::error file=" + want_paths[0]) or line.startswith("::warning file=" + want_paths[0])
                 for line in r.log.splitlines()):
        why = "no annotation for the finding in the log"
    elif SECRET in r.summary or SECRET in r.log:
        why = "an unredacted value reached the log or the job summary"
    elif r.cache.restored and r.tools:
        why = f"a cache hit ran build tools: {sorted(set(r.tools))}"
    if why:
        return why + "\n--- log ---\n" + r.log[-4000:]
    return None


def has_config_from():
    p = subprocess.run([os.path.join(PROJECT, "build", "foundry-guard"), "--help"], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    return "--config-from" in p.stdout


# ---- scenarios ----

def pr_world(root, base_files=None, pr_files=None):
    """main: an old finding; pr forks from it and adds a new one; main moves on."""
    work = os.path.join(root, "work")
    os.makedirs(work)
    git(work, "init", "-q", "-b", "main")
    commit(work, dict({"app/old.py": OLD_LEAK, "README.md": "demo\n"}, **(base_files or {})), "base: old finding")
    for i in range(20):  # history the action must not fetch
        commit(work, {"history.txt": f"{i}\n"}, f"base: history {i}")
    commit(work, {"README.md": "demo 2\n"}, "base: docs")
    fork_point = git(work, "rev-parse", "HEAD")
    git(work, "checkout", "-q", "-b", "pr")
    commit(work, {"app/client.py": CLIENT}, "pr: client")
    before = commit(work, {"notes.txt": "wip\n"}, "pr: notes")
    head = commit(work, dict({"app/new.py": LEAK}, **(pr_files or {})), "pr: new leak")
    git(work, "checkout", "-q", "main")
    base = commit(work, {"app/later.py": OLD_LEAK.replace("ask", "ask_later")}, "base: moves on")
    origin = publish(work, root)
    ws = shallow_clone(root, origin, "pr")
    payload = {
        "action": "synchronize", "number": 7, "before": before, "after": head,
        "pull_request": {
            "number": 7, "state": "open", "commits": 3,
            "base": {"ref": "main", "sha": base, "repo": {"full_name": REPO_NAME}},
            "head": {"ref": "pr", "sha": head, "repo": {"full_name": REPO_NAME}},
        },
        "repository": {"full_name": REPO_NAME},
    }
    return ws, payload, base, head, fork_point


def t_pull_request(binary):
    if not yaml_module():
        return "SKIP python3-yaml is not installed (apt-get install python3-yaml)"
    root = tempfile.mkdtemp(prefix="fg-action-pr-")
    try:
        ws, payload, base, head, fork_point = pr_world(root)
        if git(ws, "merge-base", base, head, check=False).startswith(fork_point):
            return "the shallow clone already had the merge base: the test proves nothing"
        r = run_action(ws, "pull_request", payload)
        if r.failed_step not in (None, "Result"):
            return common_checks(ws, r, [], 1)
        mb = git(ws, "merge-base", base, head, check=False)
        if mb != fork_point:
            return f"merge base not fetched (git merge-base said {mb!r})\n{r.log[-3000:]}"
        if git(ws, "rev-parse", "--is-shallow-repository") != "true":
            return "the action unshallowed the clone instead of fetching what it needs"
        why = common_checks(ws, r, ["app/new.py"], 1)
        if why:
            return why
        if "--diff " + base + ".." + head not in r.log:
            return "the scan did not diff against the PR's base SHA"
        # fail-on never: same findings, exit 0.
        r2 = run_action(ws, "pull_request", payload, {"fail-on": "never"})
        why = common_checks(ws, r2, ["app/new.py"], 0)
        if why:
            return "fail-on never: " + why
        # annotations off: no workflow commands for findings.
        r3 = run_action(ws, "pull_request", payload, {"annotations": "false"})
        if any(line.startswith(("::error file=", "::warning file=")) for line in r3.log.splitlines()):
            return "annotations: false still annotated"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def t_pull_request_from_fork(binary):
    if not yaml_module():
        return "SKIP python3-yaml is not installed (apt-get install python3-yaml)"
    root = tempfile.mkdtemp(prefix="fg-action-fork-")
    try:
        ws, payload, base, head, fork_point = pr_world(root)
        payload["pull_request"]["head"]["repo"]["full_name"] = "someone/app"
        r = run_action(ws, "pull_request", payload)
        why = common_checks(ws, r, ["app/new.py"], 1)
        if why:
            return why
        if r.outputs.get("sarif-file") and "::notice" not in r.log:
            return "no notice that the SARIF upload is skipped for a fork"
        if "upload" not in r.log.lower() or "fork" not in r.log.lower():
            return "the notice does not explain the skipped upload"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def t_pull_request_cannot_disable_its_check(binary):
    if not yaml_module():
        return "SKIP python3-yaml is not installed (apt-get install python3-yaml)"
    if not has_config_from():
        return "SKIP the scanner has no --config-from yet"
    root = tempfile.mkdtemp(prefix="fg-action-trust-")
    try:
        ws, payload, base, head, fork_point = pr_world(root, base_files={".foundry-guard.yml": CONFIG},
                                                       pr_files={".foundry-guard.yml": CONFIG_OFF})
        r = run_action(ws, "pull_request", payload)
        if "--config-from " + base not in r.log:
            return f"the policy was not read from the base commit\n{r.log[-3000:]}"
        if r.rc != 1 or r.outputs.get("exit-code") != "1":
            return f"a PR that switches the rule off in its own config must still fail: exit {r.rc}\n{r.log[-3000:]}"
        if ("app/new.py", ) not in {(p, ) for p, _ in report_paths(ws, r)}:
            return f"the PR's finding is missing: {report_paths(ws, r)}"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def push_world(root):
    work = os.path.join(root, "work")
    os.makedirs(work)
    git(work, "init", "-q", "-b", "main")
    commit(work, {"app/old.py": OLD_LEAK}, "old finding")
    for i in range(3):
        commit(work, {"README.md": f"demo {i}\n"}, f"docs {i}")
    before = git(work, "rev-parse", "HEAD")
    commit(work, {"app/new.py": LEAK}, "new leak")
    after = commit(work, {"README.md": "demo final\n"}, "docs")
    origin = publish(work, root)
    ws = shallow_clone(root, origin, "main")
    payload = {
        "ref": "refs/heads/main", "before": before, "after": after, "created": False, "deleted": False,
        "forced": False, "commits": [{"id": after}, {"id": "x"}], "head_commit": {"id": after},
        "repository": {"full_name": REPO_NAME},
    }
    return ws, payload, before, after


def t_push(binary):
    if not yaml_module():
        return "SKIP python3-yaml is not installed (apt-get install python3-yaml)"
    root = tempfile.mkdtemp(prefix="fg-action-push-")
    try:
        ws, payload, before, after = push_world(root)
        r = run_action(ws, "push", payload)
        if r.failed_step not in (None, "Result"):
            return common_checks(ws, r, [], 1)
        if git(ws, "merge-base", before, after, check=False) != before:
            return f"merge base not fetched\n{r.log[-3000:]}"
        why = common_checks(ws, r, ["app/new.py"], 1)
        if why:
            return why
        if "--diff " + before + ".." + after not in r.log:
            return "the scan did not diff before..after"
        r2 = run_action(ws, "push", payload, {"fail-on": "never"})
        why = common_checks(ws, r2, ["app/new.py"], 0)
        if why:
            return "fail-on never: " + why
        # A new branch (before = 000...): the whole tree, old finding included.
        new_branch = dict(payload, before="0" * 40, created=True)
        r3 = run_action(ws, "push", new_branch)
        why = common_checks(ws, r3, ["app/new.py", "app/old.py"], 1)
        if why:
            return "new branch: " + why
        if "--diff" in r3.log:
            return "a new branch must scan the whole tree"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def t_whole_tree_annotations_match_github_format(binary):
    """Other events scan the whole tree; the action's annotations (made from the
    SARIF) are exactly what `--format github` prints: order, escaping, cap."""
    if not yaml_module():
        return "SKIP python3-yaml is not installed (apt-get install python3-yaml)"
    from .ci import ODD_NAME, many_findings
    root = tempfile.mkdtemp(prefix="fg-action-full-")
    try:
        ws = os.path.join(root, "workspace")
        os.makedirs(ws)
        git(ws, "init", "-q", "-b", "main")
        commit(ws, dict(many_findings(), **ODD_NAME), "many findings")
        r = run_action(ws, "workflow_dispatch", {"inputs": {}, "ref": "refs/heads/main"})
        if r.failed_step not in (None, "Result"):
            return common_checks(ws, r, [], 1)
        gh = subprocess.run([os.path.join(PROJECT, "build", "foundry-guard"), "scan", ".", "--format", "github"],
                            cwd=ws, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True).stdout
        want = [line for line in gh.splitlines()[:-1]]  # all but the summary line
        log = r.log.splitlines()
        start = next((i for i, line in enumerate(log) if line.startswith("::error file=")), None)
        got = log[start:start + len(want)] if start is not None else []
        if got != want:
            return "annotations differ from --format github:\n" + "\n".join(
                f"- {a}\n+ {b}" for a, b in zip(want, got + [""] * len(want)) if a != b)[:3000]
        if not any("file=a%2Cx/b%3Ac.py," in line for line in got):
            return "the file name with ',' and ':' was not annotated (escaped)"
        js = subprocess.run([os.path.join(PROJECT, "build", "foundry-guard"), "scan", ".", "--format", "json"],
                            cwd=ws, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True).stdout
        total = json.loads(js)["summary"]["findings"]
        if total <= 20 or r.outputs.get("findings") != str(total) or f"first 20 of {total}" not in r.summary \
                or r.rc != 1:
            return f"outputs {r.outputs}, exit {r.rc}, summary:\n{r.summary}"
        if "--diff" in r.log:
            return "workflow_dispatch must scan the whole tree"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)



# ---- the binary cache, inputs, errors ----

def leak_workspace(root, files=None):
    ws = os.path.join(root, "workspace")
    os.makedirs(ws)
    git(ws, "init", "-q", "-b", "main")
    commit(ws, files or {"app/new.py": LEAK}, "leak")
    return ws


DISPATCH = {"inputs": {}, "ref": "refs/heads/main"}


def action_copy(root, name):
    """The action as a runner downloads it: the project's files, no build/ --
    except the shared grammars and the static libgit2, which a real miss
    fetches and builds (npm, apt-get source) and the test does not redo."""
    dst = os.path.join(root, name)
    files = subprocess.run(["git", "-C", PROJECT, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           stdout=subprocess.PIPE, check=True).stdout.decode().split("\0")
    for rel in filter(None, files):
        src = os.path.join(PROJECT, rel)
        if os.path.isfile(src):
            os.makedirs(os.path.dirname(os.path.join(dst, rel)), exist_ok=True)
            shutil.copy2(src, os.path.join(dst, rel))
    return dst


def t_binary_cache_miss_then_hit(binary):
    if not yaml_module():
        return "SKIP python3-yaml is not installed (apt-get install python3-yaml)"
    libgit2 = os.path.join(PROJECT, "build", "static", "libgit2")
    if not os.path.exists(os.path.join(libgit2, "lib", "libgit2.a")):
        return "SKIP no static libgit2 yet (build/static/libgit2): run make static once (.ci/run does)"
    if os.path.realpath(binary) != os.path.realpath(os.path.join(PROJECT, "build", "foundry-guard")):
        return "SKIP the cache test builds the default tree (make test)"
    root = tempfile.mkdtemp(prefix="fg-action-cache-")
    try:
        ws = leak_workspace(root)
        cache = Cache(os.path.join(root, "cache"))
        miss = action_copy(root, "action-miss")
        os.makedirs(os.path.join(miss, "build", "static"))
        os.symlink(os.path.realpath(os.path.join(PROJECT, "build", "grammars")), os.path.join(miss, "build", "grammars"))
        shutil.copytree(libgit2, os.path.join(miss, "build", "static", "libgit2"))
        r = run_action(ws, "workflow_dispatch", DISPATCH, cache=cache, action_path=miss)
        why = common_checks(ws, r, ["app/new.py"], 1)
        if why:
            return "miss: " + why
        if "make" not in r.tools or "cc" not in r.tools and "gcc" not in r.tools:
            return f"a miss did not build (tools run: {r.tools})\n{r.log[-2000:]}"
        if {"apt-get", "apt", "npm"} & set(r.tools):
            return f"a miss with every package present still ran {sorted({'apt-get', 'apt', 'npm'} & set(r.tools))}"
        if len(cache.saved) != 1:
            return f"the built binary was not cached: saved {cache.saved}\n{r.log[-2000:]}"
        cached = os.path.join(cache.root, cache.saved[0], "foundry-guard")
        ldd = subprocess.run(["ldd", cached], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
        if "not a dynamic executable" not in ldd:
            return f"the cached binary is not static:\n{ldd}"
        first = report_paths(ws, r)
        # A second job: a fresh copy of the action, the same cache.
        hit = action_copy(root, "action-hit")
        r2 = run_action(ws, "workflow_dispatch", DISPATCH, cache=cache, action_path=hit)
        why = common_checks(ws, r2, ["app/new.py"], 1)
        if why:
            return "hit: " + why
        if not cache.restored or r2.tools:
            return f"a hit must run no apt, compiler, make or npm: restored {cache.restored}, ran {r2.tools}"
        if os.path.exists(os.path.join(hit, "build")):
            return "a cache hit built something in the action's folder"
        if report_paths(ws, r2) != first or len(cache.saved) != 1:
            return "the cached binary reported something else, or a hit saved the cache again"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def t_inputs_category_report_file_working_directory(binary):
    if not yaml_module():
        return "SKIP python3-yaml is not installed (apt-get install python3-yaml)"
    root = tempfile.mkdtemp(prefix="fg-action-inputs-")
    try:
        ws = leak_workspace(root, {"services/api/app.py": LEAK, "services/web/app.py": LEAK})
        r = run_action(ws, "workflow_dispatch", DISPATCH, {"category": "foundry-guard-api", "report-file": "out/fg.sarif",
                                                           "working-directory": "services/api"})
        why = common_checks(ws, r, ["services/api/app.py"], 1)
        if why:
            return "working-directory: " + why
        want = ("github/codeql-action/upload-sarif@v3", {"sarif_file": "services/api/out/fg.sarif",
                                                         "category": "foundry-guard-api"})
        if want not in r.uses:
            return f"the upload did not get the category and the report: {r.uses}"
        if r.outputs.get("report-file") != "services/api/out/fg.sarif":
            return f"report-file output {r.outputs.get('report-file')!r}"
        # The deprecated name still works, and says so.
        r = run_action(ws, "workflow_dispatch", DISPATCH, {"sarif-file": "legacy.sarif"})
        why = common_checks(ws, r, ["services/api/app.py", "services/web/app.py"], 1)
        if why:
            return "sarif-file: " + why
        if r.outputs.get("sarif-file") != "legacy.sarif" or "sarif-file input is deprecated" not in r.log:
            return f"sarif-file alias: outputs {r.outputs}"
        if ("github/codeql-action/upload-sarif@v3", {"sarif_file": "legacy.sarif", "category": "foundry-guard"}) \
                not in r.uses:
            return f"default category: {r.uses}"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def t_scan_error_fails_the_job(binary):
    if not yaml_module():
        return "SKIP python3-yaml is not installed (apt-get install python3-yaml)"
    root = tempfile.mkdtemp(prefix="fg-action-error-")
    try:
        ws = leak_workspace(root)
        for inputs in ({"config": "missing.yml"}, {"fail-on": "never", "config": "missing.yml"}):
            r = run_action(ws, "workflow_dispatch", DISPATCH, inputs)
            if r.rc != 2 or r.failed_step != "Result" or r.outputs.get("exit-code") != "2":
                return f"{inputs}: job exit {r.rc} in {r.failed_step!r}, outputs {r.outputs}\n{r.log[-2000:]}"
            if "did not complete" not in r.summary or "missing.yml" not in r.summary:
                return f"the job summary does not say why:\n{r.summary}"
            if r.outputs.get("findings") or r.outputs.get("report-file"):
                return f"a failed scan reported outputs: {r.outputs}"
        r = run_action(ws, "workflow_dispatch", DISPATCH, {"version": "9.9.9"})
        if r.rc != 2 or r.failed_step != "Locate foundry-guard" or "pin the action's ref" not in r.log:
            return f"a version other than the action's: exit {r.rc} in {r.failed_step!r}\n{r.log[-1500:]}"
        r = run_action(ws, "workflow_dispatch", DISPATCH, {"working-directory": "nowhere"})
        if r.rc != 2 or "working-directory" not in r.log:
            return f"a missing working-directory: exit {r.rc}\n{r.log[-1500:]}"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)

TESTS = [
    ("action.pull_request", t_pull_request),
    ("action.pull_request_from_fork", t_pull_request_from_fork),
    ("action.pull_request_cannot_disable_its_check", t_pull_request_cannot_disable_its_check),
    ("action.push", t_push),
    ("action.whole_tree_annotations_match_github_format", t_whole_tree_annotations_match_github_format),
    ("action.binary_cache_miss_then_hit", t_binary_cache_miss_then_hit),
    ("action.inputs_category_report_file_working_directory", t_inputs_category_report_file_working_directory),
    ("action.scan_error_fails_the_job", t_scan_error_fails_the_job),
]
