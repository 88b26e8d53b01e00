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


def t_pre_commit_framework(binary):
    if not shutil.which("pre-commit"):
        return "SKIP pre-commit is not installed (apt-get install pre-commit)"
    if subprocess.run(["git", "-C", PROJECT, "rev-parse", "HEAD"], stdout=subprocess.PIPE).returncode != 0:
        return "SKIP the project is not a git checkout"
    work = tempfile.mkdtemp(prefix="fg-pc-")
    try:
        clone = os.path.join(work, "foundry-guard")
        sh(work, "git", "clone", "-q", PROJECT, clone)
        rev = sh(clone, "git", "rev-parse", "HEAD").stdout.strip()
        repo = make_repo({"app.py": LEAK, "ok.py": "x = 1\n", ".pre-commit-config.yaml": f"""
            repos:
              - repo: {clone}
                rev: {rev}
                hooks:
                  - id: foundry-guard
            """})
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


TESTS = [(n[2:], f) for n, f in sorted(globals().items()) if n.startswith("t_") and callable(f)]
