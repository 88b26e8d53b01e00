"""Git modes end to end: the installed hook under a real `git commit`,
partial staging, first commit, worktrees, core.hooksPath, foreign hooks,
--diff/--rev, and the real pre-commit framework."""
import json
import os
import shutil
import subprocess
import tempfile

from . import make_repo, write_files

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CLIENT = '''
from anthropic import AnthropicFoundry
client = AnthropicFoundry()

def ask(user):
    return client.messages.create(model="m", max_tokens=5, messages=[
        {"role": "user", "content": f"Plan {user.plan}"},
    ])
'''
LEAK = CLIENT.replace('f"Plan {user.plan}"', 'f"Plan {user.plan}, SSN {user.ssn}"')


def sh(repo, *args, env=None, check=True):
    e = dict(os.environ)
    e.update(env or {})
    p = subprocess.run(list(args), cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=e)
    if check and p.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {p.returncode}: {p.stdout[-1500:]}")
    return p


def commit(repo, msg="change", *extra, env=None):
    return sh(repo, "git", "-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "-m", msg,
              *extra, env=env, check=False)


def staged_findings(binary, repo, *args):
    p = subprocess.run([binary, "scan", "--staged", "--format", "json", *args], cwd=repo, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    if p.returncode not in (0, 1):
        raise AssertionError(f"scan --staged exited {p.returncode}: {p.stderr}")
    return [(f["path"], f["line"], f["rule_id"]) for f in json.loads(p.stdout)["findings"]]


def run_scan(binary, cwd, *args, env=None):
    """foundry-guard scan ARGS in cwd, with env added to the environment."""
    return subprocess.run([binary, "scan", *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, env={**os.environ, **(env or {})})


def json_findings(binary, cwd, *args, env=None):
    """The process and the [(path, line)] of scan --format json ARGS."""
    p = run_scan(binary, cwd, "--format", "json", *args, env=env)
    return p, [(f["path"], f["line"]) for f in json.loads(p.stdout or "{}").get("findings", [])]


def with_repo(files, fn):
    repo = make_repo(files)
    try:
        return fn(repo)
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def t_hook_blocks_sensitive_commit(binary):
    def body(repo):
        p = sh(repo, binary, "install-hook")
        if "installed" not in p.stdout:
            return f"install-hook said {p.stdout!r}"
        write_files(repo, {"app.py": LEAK})
        sh(repo, "git", "add", "app.py")
        p = commit(repo)
        if p.returncode == 0 or "app.py:6:" not in p.stdout or "government-id" not in p.stdout:
            return f"sensitive commit not refused with the finding: {p.returncode} {p.stdout[-600:]}"
        if "SSN {user.ssn}" not in p.stdout:
            return "the finding's source line is missing"
        if commit(repo, "skip", "--no-verify").returncode != 0:
            return "--no-verify must pass"
        write_files(repo, {"app.py": LEAK + "\n# more\n"})
        sh(repo, "git", "add", "app.py")
        if commit(repo, "skip2", env={"FOUNDRY_GUARD_SKIP": "1"}).returncode != 0:
            return "FOUNDRY_GUARD_SKIP=1 must pass"
        write_files(repo, {"notes.py": "x = 1\n"})
        sh(repo, "git", "add", "notes.py")
        p = commit(repo, "clean")
        if p.returncode != 0:
            return f"a clean commit was refused: {p.stdout[-400:]}"
        if "foundry-guard" in p.stdout or "findings" in p.stdout:
            return f"the hook is not quiet on a clean commit: {p.stdout[-400:]}"
        return None
    return with_repo({"app.py": CLIENT}, body)


def t_partial_staging_judges_the_index(binary):
    def body(repo):
        sh(repo, binary, "install-hook")
        # staged: clean; working file: leaking -> the commit is clean
        write_files(repo, {"app.py": CLIENT + "\n# staged edit\n"})
        sh(repo, "git", "add", "app.py")
        write_files(repo, {"app.py": LEAK + "\n# staged edit\n"})
        if staged_findings(binary, repo):
            return "unstaged leak reported"
        if commit(repo, "clean part").returncode != 0:
            return "commit of the clean staged part refused"
        # staged: leaking; working file: clean again -> refused
        sh(repo, "git", "add", "app.py")
        write_files(repo, {"app.py": CLIENT})
        got = staged_findings(binary, repo)
        if [g[:2] for g in got] != [("app.py", 6)]:
            return f"staged leak not reported: {got}"
        if commit(repo, "leak").returncode == 0:
            return "staged leak committed"
        return None
    return with_repo({"app.py": CLIENT}, body)


def t_first_commit_and_renames_and_deletes(binary):
    repo = tempfile.mkdtemp(prefix="fg-first-")
    try:
        sh(repo, "git", "init", "-q", "-b", "main")
        write_files(repo, {"app.py": LEAK, "blob.py": b"\x00\x01"})
        sh(repo, "git", "add", "-A")
        got = staged_findings(binary, repo)
        if [g[:2] for g in got] != [("app.py", 6)]:
            return f"first commit (no HEAD): {got}"
        commit(repo, "first", "--no-verify")
        sh(repo, "git", "mv", "app.py", "moved.py")
        if staged_findings(binary, repo):
            return "a pure rename reported old lines"
        commit(repo, "mv", "--no-verify")
        sh(repo, "git", "rm", "-q", "moved.py")
        if staged_findings(binary, repo):
            return "a deletion reported something"
        return None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


def t_worktree_uses_common_hooks(binary):
    def body(repo):
        sh(repo, binary, "install-hook")
        wt = tempfile.mkdtemp(prefix="fg-wt-")
        os.rmdir(wt)
        try:
            sh(repo, "git", "worktree", "add", "-q", "-b", "feature", wt)
            write_files(wt, {"app.py": LEAK})
            sh(wt, "git", "add", "app.py")
            p = commit(wt)
            if p.returncode == 0 or "government-id" not in p.stdout:
                return f"commit in a worktree not refused: {p.stdout[-400:]}"
            return None
        finally:
            shutil.rmtree(wt, ignore_errors=True)
    return with_repo({"app.py": CLIENT}, body)


def t_core_hooks_path(binary):
    def body(repo):
        sh(repo, "git", "config", "core.hooksPath", ".githooks")
        p = sh(repo, binary, "install-hook")
        if not os.access(os.path.join(repo, ".githooks", "pre-commit"), os.X_OK):
            return f"hook not written to core.hooksPath: {p.stdout}"
        write_files(repo, {"app.py": LEAK})
        sh(repo, "git", "add", "app.py")
        if commit(repo).returncode == 0:
            return "commit not refused through core.hooksPath"
        return None
    return with_repo({"app.py": CLIENT}, body)


def t_foreign_hook_is_kept(binary):
    def body(repo):
        hook = os.path.join(repo, ".git", "hooks", "pre-commit")
        with open(hook, "w") as f:
            f.write("#!/bin/sh\ntouch \"$(git rev-parse --git-dir)/legacy-ran\"\n")
        os.chmod(hook, 0o755)
        p = sh(repo, binary, "install-hook", check=False)
        if p.returncode != 2 or "--chain" not in p.stdout:
            return f"foreign hook overwritten or unclear error: {p.returncode} {p.stdout!r}"
        if "legacy-ran" not in open(hook).read():
            return "foreign hook modified"
        sh(repo, binary, "install-hook", "--chain")
        write_files(repo, {"app.py": LEAK})
        sh(repo, "git", "add", "app.py")
        if commit(repo).returncode == 0:
            return "chained hook let the leak through"
        if not os.path.exists(os.path.join(repo, ".git", "legacy-ran")):
            return "the kept hook did not run"
        sh(repo, binary, "uninstall-hook")
        if "legacy-ran" not in open(hook).read():
            return "uninstall-hook did not restore the previous hook"
        p = sh(repo, binary, "uninstall-hook", check=False)
        if p.returncode != 2:
            return "uninstall-hook removed a foreign hook"
        return None
    return with_repo({"app.py": CLIENT}, body)


def t_diff_range_and_shallow_clone(binary):
    def body(repo):
        sh(repo, "git", "checkout", "-q", "-b", "feature")
        write_files(repo, {"app.py": LEAK, "other.py": LEAK.replace("ask", "ask2")})
        sh(repo, "git", "add", "-A")
        commit(repo, "feature", "--no-verify")
        def diff(spec, cwd=repo):
            return subprocess.run([binary, "scan", "--diff", spec, "--format", "json"], cwd=cwd,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for spec in ("main", "main..HEAD", "main...feature"):
            p = diff(spec)
            got = sorted((f["path"], f["line"]) for f in json.loads(p.stdout)["findings"])
            # app.py: only the changed line; other.py is new: its request is new too
            if got != [("app.py", 6), ("other.py", 6)]:
                return f"--diff {spec}: {got}"
        p = diff("HEAD")
        if p.returncode != 0 or "nothing to scan" not in p.stderr:
            return f"BASE == HEAD: {p.returncode} {p.stderr!r}"
        # a shallow clone that lacks the merge base: exit 2 naming the fix
        sh(repo, "git", "checkout", "-q", "main")
        write_files(repo, {"later.py": "x = 1\n"})
        sh(repo, "git", "add", "-A")
        commit(repo, "main moves on", "--no-verify")
        sh(repo, "git", "checkout", "-q", "feature")
        write_files(repo, {"more.py": "y = 1\n"})
        sh(repo, "git", "add", "-A")
        commit(repo, "feature 2", "--no-verify")
        clone = tempfile.mkdtemp(prefix="fg-shallow-")
        try:
            sh(clone, "git", "clone", "-q", "--depth", "1", "--branch", "feature", f"file://{repo}", "c")
            c = os.path.join(clone, "c")
            sh(c, "git", "fetch", "-q", "--depth", "1", "origin", "main:main")
            p = diff("main", cwd=c)
            if p.returncode != 2 or "fetch-depth" not in p.stderr:
                return f"shallow clone: exit {p.returncode}, {p.stderr!r}"
        finally:
            shutil.rmtree(clone, ignore_errors=True)
        return None
    return with_repo({"app.py": CLIENT}, body)


def t_rev_in_bare_repository(binary):
    def body(repo):
        bare = tempfile.mkdtemp(prefix="fg-bare-")
        try:
            sh(bare, "git", "clone", "-q", "--bare", repo, "b.git")
            p = subprocess.run([binary, "scan", os.path.join(bare, "b.git"), "--rev", "HEAD", "--format", "json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            got = [(f["path"], f["line"]) for f in json.loads(p.stdout)["findings"]]
            if p.returncode != 1 or got != [("app.py", 6)]:
                return f"--rev in a bare repo: {p.returncode} {got} {p.stderr}"
            return None
        finally:
            shutil.rmtree(bare, ignore_errors=True)
    return with_repo({"app.py": LEAK}, body)


def pre_commit_setup(work):
    """A clone of this project for pre-commit to use as the hook repository; None when impossible."""
    if not shutil.which("pre-commit"):
        return "SKIP pre-commit is not installed (apt-get install pre-commit)"
    if subprocess.run(["git", "-C", PROJECT, "rev-parse", "HEAD"], stdout=subprocess.PIPE).returncode != 0:
        return "SKIP the project is not a git checkout"
    clone = os.path.join(work, "foundry-guard")
    sh(work, "git", "clone", "-q", PROJECT, clone)
    rev = sh(clone, "git", "rev-parse", "HEAD").stdout.strip()
    return f"""
        repos:
          - repo: {clone}
            rev: {rev}
            hooks:
              - id: foundry-guard
        """


def t_pre_commit_framework(binary):
    work = tempfile.mkdtemp(prefix="fg-pc-")
    try:
        config = pre_commit_setup(work)
        if config.startswith("SKIP"):
            return config
        repo = make_repo({"app.py": LEAK, "ok.py": "x = 1\n", ".pre-commit-config.yaml": config})
        env = {"PRE_COMMIT_HOME": os.path.join(work, "cache"), "FOUNDRY_GUARD": binary}
        try:
            # --all-files: the old finding in committed files is reported (never a vacuous pass)
            p = sh(repo, "pre-commit", "run", "--all-files", env=env, check=False)
            if p.returncode == 0 or "app.py:6:" not in p.stdout:
                return f"pre-commit run --all-files passed or missed the finding: {p.stdout[-800:]}"
            # a staged change: only what it adds
            sh(repo, "pre-commit", "install", env=env)
            write_files(repo, {"ok.py": "x = 1\n", "new.py": LEAK})
            sh(repo, "git", "add", "new.py")
            p = sh(repo, "pre-commit", "run", env=env, check=False)
            if p.returncode == 0 or "new.py:6:" not in p.stdout or "app.py" in p.stdout:
                return f"pre-commit run on the staged change: {p.stdout[-800:]}"
            p = commit(repo, env=env)
            if p.returncode == 0:
                return "git commit through pre-commit let the leak through"
            sh(repo, "git", "rm", "-q", "--cached", "new.py")
            write_files(repo, {"ok.py": "x = 2\n"})
            sh(repo, "git", "add", "ok.py")
            p = commit(repo, env=env)
            if p.returncode != 0:
                return f"a clean commit was refused by pre-commit: {p.stdout[-800:]}"
            return None
        finally:
            shutil.rmtree(repo, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def t_pre_commit_framework_commit_forms(binary):
    """git commit -a / PATH / --include / --only / --amend through the pre-commit framework's hook."""
    work = tempfile.mkdtemp(prefix="fg-pcf-")
    try:
        config = pre_commit_setup(work)
        if config.startswith("SKIP"):
            return config
        env = {"PRE_COMMIT_HOME": os.path.join(work, "cache"), "FOUNDRY_GUARD": binary}
        for form in HOOK_FORMS:
            def body(repo):
                sh(repo, "pre-commit", "install", env=env)
                return refuses_then_commits(repo, form, env=env)
            why = with_repo({"app.py": CLIENT, "other.py": "x = 1\n", ".pre-commit-config.yaml": config}, body)
            if why:
                return why
        return None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def history(repo, steps):
    """steps: (branch, files, committer date); commits each on its branch; returns their ids."""
    ids = []
    for branch, files, date in steps:
        if sh(repo, "git", "rev-parse", "--verify", "-q", branch, check=False).returncode != 0:
            sh(repo, "git", "branch", branch, ids[-1] if ids else "HEAD")
        sh(repo, "git", "checkout", "-q", branch)
        write_files(repo, files)
        sh(repo, "git", "add", "-A")
        env = {"GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date}
        p = commit(repo, f"{branch} {len(ids)}", "--no-verify", env=env)
        if p.returncode != 0:
            raise AssertionError(p.stdout)
        ids.append(head(repo))
    return ids


def shallow_like_the_action(origin, work, branch, base, depth):
    """actions/checkout fetch-depth, the base alone when missing, then --deepen until git merge-base succeeds."""
    c = os.path.join(work, "c")
    sh(work, "git", "clone", "-q", "--depth", str(depth), "--branch", branch, f"file://{origin}", c)
    if sh(c, "git", "cat-file", "-e", f"{base}^{{commit}}", check=False).returncode != 0:
        sh(c, "git", "fetch", "-q", "--no-tags", "--depth=1", "origin", base)
    step = 2
    for _ in range(10):
        if sh(c, "git", "merge-base", base, "HEAD", check=False).returncode == 0:
            return c
        sh(c, "git", "fetch", "-q", "--no-tags", f"--deepen={step}", "origin", base, branch)
        step *= 2
    raise AssertionError("git itself found no merge base")


def t_diff_in_shallow_clones_finds_what_git_finds(binary):
    """Same-second commits, clock skew and a push range: the merge base git finds, --diff finds too."""
    same = "2024-01-01T00:00:00Z"
    cases = {
        # a pull request: main moves on after the feature branched
        "same-second pull request": ([("main", {"m1.py": "a = 1\n"}, same), ("main", {"m2.py": "a = 2\n"}, same),
                                      ("feature", {"f1.py": "b = 1\n"}, same), ("feature", {"app.py": LEAK}, same),
                                      ("main", {"m3.py": "a = 3\n"}, same), ("main", {"m4.py": "a = 4\n"}, same)],
                                     "feature", None, 1),
        # main's new commits carry dates older than the history they follow
        "clock skew": ([("main", {"m1.py": "a = 1\n"}, "2024-01-01T00:00:00Z"),
                        ("main", {"m2.py": "a = 2\n"}, "2024-01-02T00:00:00Z"),
                        ("feature", {"f1.py": "b = 1\n"}, "2024-01-03T00:00:00Z"),
                        ("feature", {"app.py": LEAK}, "2024-01-04T00:00:00Z"),
                        ("main", {"m3.py": "a = 3\n"}, "2020-01-01T00:00:00Z"),
                        ("main", {"m4.py": "a = 4\n"}, "2020-01-02T00:00:00Z")], "feature", None, 1),
        # a push (before..after) checked out with fetch-depth 3: before is the shallow boundary
        "push range": ([("main", {"m1.py": "a = 1\n"}, same), ("main", {"m2.py": "a = 2\n"}, same),
                        ("main", {"app.py": LEAK}, same), ("main", {"m3.py": "a = 3\n"}, same)], "main", 1, 3),
        # the same push checked out with fetch-depth 1: the Action fetches before, then deepens
        "push range, fetch-depth 1": ([("main", {"m1.py": "a = 1\n"}, same), ("main", {"m2.py": "a = 2\n"}, same),
                                       ("main", {"app.py": LEAK}, same), ("main", {"m3.py": "a = 3\n"}, same),
                                       ("main", {"m4.py": "a = 4\n"}, same)], "main", 1, 1),
    }
    fails = []
    for name, (steps, branch, base_i, depth) in cases.items():
        def body(repo):
            ids = history(repo, steps)
            base = ids[base_i] if base_i is not None else ids[-1]
            work = tempfile.mkdtemp(prefix="fg-shallow-")
            try:
                c = shallow_like_the_action(repo, work, branch, base, depth)
                p, got = json_findings(binary, c, "--diff", f"{base}..HEAD")
                want = sh(c, "git", "merge-base", base, "HEAD").stdout.strip()
                if p.returncode != 1 or got != [("app.py", 6)]:
                    return f"{name}: --diff in the shallow clone (git's merge base {want[:12]}): " \
                           f"{p.returncode} {got} {p.stderr.strip()!r}"
                return None
            finally:
                shutil.rmtree(work, ignore_errors=True)
        why = with_repo({"app.py": CLIENT}, body)
        if why:
            fails.append(why)
    return "; ".join(fails) or None


def t_merge_base_matches_git_on_a_random_history(binary):
    """A history with merges, equal dates and clock skew: --diff uses a merge base git reports."""
    import random
    rnd = random.Random(9)
    repo = tempfile.mkdtemp(prefix="fg-dag-")
    try:
        sh(repo, "git", "init", "-q", "-b", "main")
        blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=repo, input=LEAK, text=True,
                              stdout=subprocess.PIPE, check=True).stdout.strip()
        commits, files = [], []
        for i in range(28):
            parents = rnd.sample(range(len(commits)), min(len(commits), rnd.choice((1, 1, 1, 2))))
            mine = {f"f{i:02d}.py"}.union(*(files[p] for p in parents))
            tree = subprocess.run(["git", "mktree"], cwd=repo, text=True, stdout=subprocess.PIPE, check=True,
                                  input="".join(f"100644 blob {blob}\t{f}\n" for f in sorted(mine))).stdout.strip()
            date = f"@{1700000000 + rnd.choice((0, 0, 1, 5, -3)) * 60 + i * rnd.choice((0, 60))} +0000"
            args = ["git", "commit-tree", tree, "-m", f"c{i}"]
            for p in parents:
                args += ["-p", commits[p]]
            env = {"GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date, "GIT_AUTHOR_NAME": "t",
                   "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
                   "GIT_COMMITTER_EMAIL": "t@example.invalid"}
            commits.append(sh(repo, *args, env=env).stdout.strip())
            files.append(mine)
        sh(repo, "git", "update-ref", "refs/heads/main", commits[-1])
        by_id = dict(zip(commits, files))

        def compare(where, pool):
            checked = 0
            for _ in range(60):
                a, b = rnd.sample(pool, 2)
                bases = sh(where, "git", "merge-base", "--all", a, b, check=False).stdout.split()
                if not bases or b in bases:
                    continue
                p, found = json_findings(binary, where, "--diff", f"{a}..{b}")
                got = {path for path, _ in found}
                if got not in [by_id[b] - by_id[m] for m in bases]:
                    return f"--diff {a[:8]}..{b[:8]}: {p.returncode} {sorted(got)}; git's merge bases " \
                           f"{[m[:8] for m in bases]} {p.stderr.strip()!r}"
                checked += 1
                if checked == 8:
                    break
            return None if checked >= 4 else f"only {checked} pairs checked"
        why = compare(repo, commits)
        if why:
            return why
        # the same history cut by a shallow clone: git stops at the boundary, so must the scan
        shallow = os.path.join(repo, ".git", "shallow-clone")
        sh(repo, "git", "clone", "-q", "--no-checkout", "--depth", "9", f"file://{repo}", shallow)
        present = sh(shallow, "git", "rev-list", "--all").stdout.split()
        why = compare(shallow, present)
        return f"shallow clone: {why}" if why else None
    finally:
        shutil.rmtree(repo, ignore_errors=True)


UNRESOLVED = """
from svc.clients import client

def ask(user):
    return client.messages.create(model="m", max_tokens=5, messages=[
        {"role": "user", "content": f"SSN {user.ssn}"},
    ])
"""


def one_error_line(p, *needles):
    lines = p.stderr.strip().splitlines()
    if p.returncode == 2 and len(lines) == 1 and all(n in lines[0] for n in needles):
        return None
    return f"exit {p.returncode}, {p.stderr.strip()!r} (wanted exit 2, one line naming {needles})"


def t_missing_objects_are_errors(binary):
    """--rev, --diff, --staged and the working tree: a missing blob is exit 2 naming the fix."""
    fails = []

    def damaged(repo):
        write_files(repo, {"app.py": LEAK})
        sh(repo, "git", "add", "app.py")
        commit(repo, "leak", "--no-verify")
        blob = sh(repo, "git", "rev-parse", "HEAD:app.py").stdout.strip()
        os.unlink(os.path.join(repo, ".git", "objects", blob[:2], blob[2:]))
        for args in (["--rev", "HEAD"], ["--diff", "HEAD~1"], ["--staged"]):
            if args == ["--staged"]:
                sh(repo, "git", "reset", "-q", "--soft", "HEAD~1")
            why = one_error_line(run_scan(binary, repo, *args), "app.py", "git fetch")
            if why:
                fails.append(f"missing blob, {' '.join(args)}: {why}")
    with_repo({"app.py": CLIENT}, damaged)

    def partial(origin):
        sh(origin, "git", "config", "uploadpack.allowFilter", "true")
        write_files(origin, {"svc/app.py": UNRESOLVED + "\n# v2\n"})
        sh(origin, "git", "add", "-A")
        commit(origin, "v2", "--no-verify")
        work = tempfile.mkdtemp(prefix="fg-blobless-")
        try:
            for flt in ("blob:none", "tree:0"):
                full = os.path.join(work, flt.replace(":", "-"))
                sh(work, "git", "clone", "-q", f"--filter={flt}", f"file://{origin}", full)
                for args in (["--rev", "HEAD~1"], ["--diff", "HEAD~1"]):
                    why = one_error_line(run_scan(binary, full, *args), "partial", "full clone")
                    if why:
                        fails.append(f"--filter={flt} clone, scan {' '.join(args)}: {why}")
            c = os.path.join(work, "c")
            sh(work, "git", "clone", "-q", "--filter=blob:none", "--sparse", f"file://{origin}", c)
            sh(c, "git", "sparse-checkout", "set", "svc")
            for args in (["--rev", "HEAD~1"], ["--diff", "HEAD~1"], ["svc"], ["."], ["--", "svc/app.py"]):
                why = one_error_line(run_scan(binary, c, *args), "partial", "full clone")
                if why:
                    fails.append(f"sparse blobless clone, scan {' '.join(args)}: {why}")
            sh(c, "git", "reset", "-q", "--soft", "HEAD~1")
            why = one_error_line(run_scan(binary, c, "--staged"), "partial", "full clone")
            if why:
                fails.append(f"blobless clone, scan --staged: {why}")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    with_repo({"svc/app.py": UNRESOLVED, "cfg/foundry.env": "ANTHROPIC_FOUNDRY_RESOURCE=contoso\n"}, partial)
    return "; ".join(fails) or None


def t_file_arguments_expand_folders(binary):
    """scan . -- . and folders after -- stand for their files, in every mode."""
    def body(repo):
        sub = os.path.join(repo, "sub")
        def got(cwd, *args):
            p, found = json_findings(binary, cwd, *args[:-1], *args[-1])
            if p.returncode not in (0, 1):
                return f"exit {p.returncode} {p.stderr.strip()!r}"
            return sorted(path for path, _ in found)
        both = ["app.py", "sub/x.py"]
        checks = [(repo, [".", ["--", "."]], both), (repo, [["--", "."]], both), (repo, [["--", "sub"]], ["sub/x.py"]),
                  (repo, [["--", "sub/"]], ["sub/x.py"]), (sub, [["--", "."]], ["sub/x.py"]),
                  (sub, [["--", "../app.py"]], ["app.py"]), (sub, ["..", ["--", "."]], ["sub/x.py"]),
                  (repo, ["--rev", "HEAD", ["--", "."]], both), (repo, ["--rev", "HEAD", ["--", "sub"]], ["sub/x.py"])]
        fails = []
        for cwd, args, want in checks:
            g = got(cwd, *args)
            if g != want:
                fails.append(f"{os.path.relpath(cwd, repo)}: scan {args}: {g}, want {want}")
        write_files(repo, {"sub/y.py": LEAK})
        sh(repo, "git", "add", "sub/y.py")
        for args, want in ((["--staged", ["--", "sub"]], ["sub/y.py"]), (["--staged", ["--", "."]], ["sub/y.py"]),
                           (["--pre-commit", ["--", "sub"]], ["sub/x.py", "sub/y.py"])):
            g = got(repo, *args)
            if g != want:
                fails.append(f"scan {args}: {g}, want {want}")
        return "; ".join(fails) or None
    return with_repo({"app.py": LEAK, "sub/x.py": LEAK, "docs/a.md": "hello\n"}, body)


def t_working_tree_lists_every_file_on_disk(binary):
    """A working-tree scan reads every file on disk that is tracked, staged or untracked and not
    ignored, whatever git's status of it (modified, staged then modified, staged as new, removed
    from the index but kept, executable), and nothing that is gone or is a symlink."""
    names = ["keep", "mod", "stagedmod", "cached", "deleted", "typechange", "exe"]
    def body(repo):
        os.chmod(os.path.join(repo, "exe.py"), 0o755)
        sh(repo, "git", "add", "exe.py")
        commit(repo, "exe")
        write_files(repo, {"mod.py": LEAK + "# m\n", "stagedmod.py": LEAK + "# s\n"})
        sh(repo, "git", "add", "stagedmod.py")
        write_files(repo, {"stagedmod.py": LEAK + "# s2\n", "untracked.py": LEAK, "ignored.py": LEAK,
                           "new.py": LEAK, "gone.py": LEAK, "sub/a.py": LEAK})
        sh(repo, "git", "add", "new.py", "gone.py")
        sh(repo, "git", "rm", "-q", "--cached", "cached.py")
        for gone in ("deleted.py", "gone.py", "typechange.py"):
            os.remove(os.path.join(repo, gone))
        os.symlink("keep.py", os.path.join(repo, "typechange.py"))
        os.symlink("keep.py", os.path.join(repo, "link.py"))
        p, found = json_findings(binary, repo, ".")
        if p.returncode != 1:
            return f"exit {p.returncode} {p.stderr.strip()!r}"
        got = sorted({path for path, _ in found})
        want = ["cached.py", "exe.py", "keep.py", "mod.py", "new.py", "stagedmod.py", "sub/a.py", "untracked.py"]
        return None if got == want else f"files with findings {got}, want {want}"
    files = {f"{n}.py": LEAK for n in names}
    files[".gitignore"] = "ignored.py\n"
    return with_repo(files, body)


def t_file_arguments_outside_or_missing(binary):
    """A path outside the repository, or one that does not exist, is exit 2 with one line."""
    def body(repo):
        outside = tempfile.mkdtemp(prefix="fg-outside-")
        try:
            write_files(outside, {"x.py": LEAK})
            fails = []
            for cwd, args, needle in ((repo, ["--", os.path.join(outside, "x.py")], "outside"),
                                      (repo, ["--", os.path.relpath(os.path.join(outside, "x.py"), repo)], "outside"),
                                      (repo, ["--", outside], "outside"),
                                      (repo, ["--staged", "--", os.path.join(outside, "x.py")], "outside"),
                                      (repo, ["--", "nope.py"], "nope.py"),
                                      (repo, ["--staged", "--", "nope.py"], "nope.py"),
                                      (repo, ["--rev", "HEAD", "--", "nope.py"], "nope.py"),
                                      (repo, ["--diff", "HEAD", "--", "nope/"], "nope"),
                                      (repo, ["--no-git", "sub", "--", "app.py"], "outside")):
                why = one_error_line(run_scan(binary, cwd, *args), needle)
                if why:
                    fails.append(f"scan {' '.join(args)}: {why}")
            return "; ".join(fails) or None
        finally:
            shutil.rmtree(outside, ignore_errors=True)
    return with_repo({"app.py": CLIENT, "sub/x.py": CLIENT}, body)


HOOK_FORMS = [("-a",), ("app.py",), ("--include", "app.py"), ("--only", "app.py"), ("--amend", "-a"),
              ("--amend", "app.py")]


def head(repo, env=None):
    return sh(repo, "git", "rev-parse", "HEAD", env=env).stdout.strip()


def refuses_then_commits(repo, form, env=None):
    """The leak is only in the working file: the commit form alone brings it into the commit."""
    write_files(repo, {"app.py": LEAK})
    before = head(repo, env)
    p = commit(repo, "leak", *form, env=env)
    if p.returncode == 0 or "app.py:6:" not in p.stdout or head(repo, env) != before:
        return f"git commit {' '.join(form)}: leak not refused ({p.returncode}): {p.stdout[-600:]}"
    write_files(repo, {"app.py": CLIENT + "\n# reviewed\n"})
    p = commit(repo, "fixed", *form, env=env)
    if p.returncode != 0 or head(repo, env) == before:
        return f"git commit {' '.join(form)}: the fixed file was refused: {p.stdout[-600:]}"
    return None


def t_hook_reads_the_index_git_commits(binary):
    """git commit -a / PATH / --include / --only / --amend run the hook with GIT_INDEX_FILE."""
    for form in HOOK_FORMS:
        def body(repo):
            sh(repo, binary, "install-hook")
            return refuses_then_commits(repo, form)
        why = with_repo({"app.py": CLIENT, "other.py": "x = 1\n"}, body)
        if why:
            return why
    return None


def t_hook_finds_the_binary_on_path(binary):
    def body(repo):
        p = sh(repo, binary, "install-hook", env={"PATH": "/usr/bin:/bin", "FOUNDRY_GUARD": ""})
        if "FOUNDRY_GUARD" not in p.stdout or "refuses every commit" not in p.stdout:
            return f"install-hook did not say the hook cannot find the binary: {p.stdout!r}"
        text = open(os.path.join(repo, ".git", "hooks", "pre-commit")).read()
        if os.path.abspath(binary) in text or os.path.dirname(os.path.abspath(binary)) in text:
            return "the hook names the installing binary's path"
        write_files(repo, {"notes.py": "x = 2\n"})
        sh(repo, "git", "add", "notes.py")
        p = commit(repo, "no binary", env={"PATH": "/usr/bin:/bin", "FOUNDRY_GUARD": ""})
        lines = p.stdout.strip().splitlines()
        if p.returncode == 0 or len(lines) != 1 or "not found" not in lines[0] or "FOUNDRY_GUARD" not in lines[0]:
            return f"a missing binary: {p.returncode} {p.stdout!r}"
        p = commit(repo, "via FOUNDRY_GUARD", env={"PATH": "/usr/bin:/bin", "FOUNDRY_GUARD": os.path.abspath(binary)})
        if p.returncode != 0:
            return f"FOUNDRY_GUARD=binary: {p.stdout[-400:]}"
        return None
    return with_repo({"app.py": CLIENT}, body)


def t_sparse_index_is_named(binary):
    def body(repo):
        sh(repo, binary, "install-hook")
        sh(repo, "git", "sparse-checkout", "init", "--cone")
        sh(repo, "git", "config", "index.sparse", "true")
        sh(repo, "git", "sparse-checkout", "set", "svc")
        for args in (["scan", "--staged"], ["scan"], ["scan", "--", "svc/app.py"]):
            p = subprocess.run([binary, *args], cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            lines = p.stderr.strip().splitlines()
            if p.returncode != 2 or len(lines) != 1 or "sparse-checkout disable" not in lines[0] or \
                    "index.sparse false" not in lines[0]:
                return f"{' '.join(args)} on a sparse index: {p.returncode} {p.stderr!r}"
        write_files(repo, {"svc/app.py": LEAK})
        sh(repo, "git", "add", "svc/app.py")
        p = commit(repo, "sparse")
        if p.returncode == 0 or "sparse-checkout disable" not in p.stdout:
            return f"a commit with a sparse index: {p.returncode} {p.stdout[-400:]}"
        return None
    return with_repo({"svc/app.py": CLIENT, "docs/readme.md": "hello\n"}, body)


def t_dotfiles_repository(binary):
    """GIT_DIR=~/.cfg GIT_WORK_TREE=~ (a bare repository whose working tree is the home folder)."""
    home = tempfile.mkdtemp(prefix="fg-home-")
    try:
        sh(home, "git", "init", "-q", "--bare", "-b", "main", ".cfg")
        env = {"GIT_DIR": os.path.join(home, ".cfg"), "GIT_WORK_TREE": home}
        write_files(home, {"app.py": CLIENT, ".bashrc": "export X=1\n"})
        sh(home, "git", "add", "app.py", ".bashrc", env=env)
        if commit(home, "init", "--no-verify", env=env).returncode != 0:
            return "cannot commit in the dotfiles repository"
        p = sh(home, binary, "install-hook", env=env)
        if not os.access(os.path.join(home, ".cfg", "hooks", "pre-commit"), os.X_OK):
            return f"hook not installed in GIT_DIR/hooks: {p.stdout}"
        write_files(home, {"app.py": LEAK})
        sh(home, "git", "add", "app.py", env=env)
        p, got = json_findings(binary, home, "--staged", env=env)
        if p.returncode != 1 or got != [("app.py", 6)]:
            return f"scan --staged in a dotfiles repository: {p.returncode} {got} {p.stderr!r}"
        bad = run_scan(binary, home, "--staged", env={**env, "GIT_WORK_TREE": os.path.join(home, "nope")})
        why = one_error_line(bad, "GIT_WORK_TREE")
        if why:
            return f"a GIT_WORK_TREE that does not exist: {why}"
        sh(home, "git", "reset", "-q", env=env)
        return refuses_then_commits(home, ("-a",), env=env)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def t_object_directories_from_the_environment(binary):
    """GIT_OBJECT_DIRECTORY and GIT_ALTERNATE_OBJECT_DIRECTORIES, as git reads them."""
    def body(repo):
        work = tempfile.mkdtemp(prefix="fg-odb-")
        try:
            def rev(cwd, env):
                p, got = json_findings(binary, cwd, "--rev", "HEAD", env=env)
                return None if p.returncode == 1 and got == [("app.py", 6)] else f"{p.returncode} {got} {p.stderr!r}"
            # a clone that borrows every object from the original through GIT_ALTERNATE_OBJECT_DIRECTORIES
            clone = os.path.join(work, "borrow")
            sh(work, "git", "clone", "-q", "--shared", repo, clone)
            os.unlink(os.path.join(clone, ".git", "objects", "info", "alternates"))
            alt = {"GIT_ALTERNATE_OBJECT_DIRECTORIES": os.path.join(repo, ".git", "objects")}
            sh(clone, "git", "cat-file", "-e", "HEAD", env=alt)
            why = rev(clone, alt)
            if why:
                return f"GIT_ALTERNATE_OBJECT_DIRECTORIES: {why}"
            # the object store moved elsewhere
            moved = os.path.join(work, "objects")
            shutil.move(os.path.join(repo, ".git", "objects"), moved)
            os.makedirs(os.path.join(repo, ".git", "objects"))
            od = {"GIT_OBJECT_DIRECTORY": moved}
            sh(repo, "git", "cat-file", "-e", "HEAD", env=od)
            why = rev(repo, od)
            return f"GIT_OBJECT_DIRECTORY: {why}" if why else None
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return with_repo({"app.py": LEAK}, body)


def t_ceiling_directories(binary):
    """Below GIT_CEILING_DIRECTORIES git finds no repository; neither does the scan."""
    def body(repo):
        sub = os.path.join(repo, "sub")
        env = {"GIT_CEILING_DIRECTORIES": repo}
        if sh(sub, "git", "rev-parse", "--git-dir", env=env, check=False).returncode == 0:
            return "SKIP git ignores GIT_CEILING_DIRECTORIES here"
        p = run_scan(binary, sub, "--staged", env=env)
        if p.returncode != 2 or "not in a git repository" not in p.stderr:
            return f"scan --staged below the ceiling: {p.returncode} {p.stderr!r}"
        return None
    return with_repo({"sub/app.py": CLIENT}, body)


def _binary_on_path(fn):
    """The installed hook runs foundry-guard from PATH, as it would for a user."""
    def run(binary):
        old = os.environ["PATH"]
        os.environ["PATH"] = os.path.dirname(os.path.abspath(binary)) + os.pathsep + old
        try:
            return fn(binary)
        finally:
            os.environ["PATH"] = old
    return run


TESTS = [(n[2:], _binary_on_path(f)) for n, f in sorted(globals().items()) if n.startswith("t_") and callable(f)]
