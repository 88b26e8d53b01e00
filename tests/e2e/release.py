"""The release: one version everywhere, the source tarball builds without npm,
the static binary needs no project library.

These tests drive the project's own Makefile (make dist, make static) in a
clean environment (no MAKEFLAGS from the outer make) and build nothing into
the project's build/ except the man page and the static binary.
"""
import json
import os
import shutil
import subprocess
import tarfile
import tempfile

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_BIN = os.path.join(PROJECT, "build", "foundry-guard")
LIBGIT2_A = os.path.join(PROJECT, "build", "static", "libgit2", "lib", "libgit2.a")


def version():
    with open(os.path.join(PROJECT, "VERSION"), encoding="utf-8") as f:
        return f.read().strip()


def clean_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")}
    env.update(extra)
    return env


def make(*args, cwd=PROJECT, env=None, timeout=900):
    return subprocess.run(["make", "--no-print-directory", *args], cwd=cwd, env=env or clean_env(),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout)


def only_default_build(binary):
    """The release targets build the normal tree; the sanitizer run covers the rest."""
    if os.path.realpath(binary) != os.path.realpath(DEFAULT_BIN):
        return "SKIP release targets are tested with the default build (make test)"
    return None


def path_without(names, tmp):
    """PATH with NAMES removed: each PATH folder that holds one becomes a
    folder of links to its other programs."""
    dirs = []
    for i, d in enumerate(os.environ.get("PATH", "/usr/bin:/bin").split(":")):
        if not d or not os.path.isdir(d):
            continue
        if not any(os.path.exists(os.path.join(d, n)) for n in names):
            dirs.append(d)
            continue
        farm = os.path.join(tmp, f"path{i}")
        os.makedirs(farm)
        for entry in os.listdir(d):
            if entry not in names:
                os.symlink(os.path.join(d, entry), os.path.join(farm, entry))
        dirs.append(farm)
    return ":".join(dirs)


def demo_summary(binary, cwd):
    # --no-git: the unpacked tarball is not a repository; both see the same folder.
    p = subprocess.run([binary, "scan", "examples/demo", "--no-git", "--format", "json"], cwd=cwd,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode not in (0, 1):
        raise AssertionError(f"{binary} scan exited {p.returncode}: {p.stderr.strip()}")
    s = json.loads(p.stdout)
    return s["summary"], sorted((f["path"], f["line"], f["rule_id"]) for f in s["findings"])


def t_version_is_read_from_one_place(binary):
    v = version()
    out = subprocess.run([binary, "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
    if out != f"foundry-guard {v}":
        return f"--version says {out!r}, VERSION says {v!r}"
    root = tempfile.mkdtemp(prefix="fg-version-")
    try:
        with open(os.path.join(root, "a.py"), "w") as f:
            f.write("x = 1\n")
        for fmt, get in (("json", lambda d: d["tool"]["version"]),
                         ("sarif", lambda d: d["runs"][0]["tool"]["driver"]["version"])):
            p = subprocess.run([binary, "scan", root, "--no-git", "--format", fmt], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
            got = get(json.loads(p.stdout))
            if got != v:
                return f"{fmt} report says version {got!r}, VERSION says {v!r}"
        man = os.path.join(root, "foundry-guard.1")
        p = make(f"BUILD={root}", man)
        if p.returncode != 0:
            return f"make {man}: {p.stdout[-2000:]}"
        with open(man, encoding="utf-8") as f:
            th = f.readline()
        if f'"foundry-guard {v}"' not in th:
            return f"the man page's .TH line does not carry {v}: {th.strip()}"
    finally:
        shutil.rmtree(root, ignore_errors=True)
    # The one place: no other source file spells the version out.
    for rel in ("src", "action.yml", "hooks", "parser"):
        p = subprocess.run(["grep", "-rlF", f'"{v}"', os.path.join(PROJECT, rel)], stdout=subprocess.PIPE, text=True)
        if p.stdout.strip():
            return f"the version {v} is written out in {p.stdout.split()} as well as in VERSION"
    return None


def t_dist_tarball_is_reproducible_and_builds_without_npm(binary):
    skip = only_default_build(binary)
    if skip:
        return skip
    if not shutil.which("npm"):
        return "SKIP npm is needed to make the tarball (apt-get install npm)"
    v = version()
    root = tempfile.mkdtemp(prefix="fg-dist-")
    try:
        outs = []
        for n in (1, 2):
            out = os.path.join(root, f"out{n}")
            p = make("dist", f"DIST_DIR={out}")
            if p.returncode != 0:
                return f"make dist failed:\n{p.stdout[-3000:]}"
            outs.append(os.path.join(out, f"foundry-guard-{v}.tar.gz"))
        a, b = (open(o, "rb").read() for o in outs)
        if a != b:
            return "two runs of make dist gave different tarballs: not reproducible"
        top = f"foundry-guard-{v}"
        with tarfile.open(outs[0]) as t:
            names = set(t.getnames())
            members = t.getmembers()
        want = [f"{top}/{n}" for n in ("LICENSE", "CHANGELOG.md", "VERSION", "Makefile", "parser/grammars.lock",
                                      "vendor/grammars/SHA256SUMS", "vendor/grammars/tree-sitter-python-0.23.6/src/parser.c",
                                      "vendor/grammars/tree-sitter-typescript-0.23.2/tsx/src/scanner.c")]
        missing = [n for n in want if n not in names]
        if missing:
            return f"the tarball lacks {missing}"
        if any(n == f"{top}/build" or n.startswith(f"{top}/build/") for n in names):
            return "the tarball holds build outputs"
        if {m.uid for m in members} != {0} or len({m.mtime for m in members}) != 1:
            return "tarball members are not normalised (owner, mtime)"
        # Unpack into a clean folder and build with npm (and node) off PATH.
        work = os.path.join(root, "work")
        os.makedirs(work)
        with tarfile.open(outs[0]) as t:
            t.extractall(work)
        src = os.path.join(work, top)
        env = clean_env(PATH=path_without({"npm", "npx", "node", "nodejs"}, root), HOME=root)
        if subprocess.run(["sh", "-c", "command -v npm"], env=env, stdout=subprocess.PIPE).returncode == 0:
            return "npm is still on the PATH of the test build"
        # A vendored file that does not match SHA256SUMS stops the build.
        victim = os.path.join(src, "vendor", "grammars", "tree-sitter-go-0.23.4", "src", "parser.c")
        original = open(victim, "rb").read()
        with open(victim, "ab") as f:
            f.write(b"/* changed */\n")
        p = make("grammars-fetch", cwd=src, env=env)
        if p.returncode == 0 or "SHA256SUMS" not in p.stdout:
            return f"a changed vendored grammar was not refused:\n{p.stdout[-2000:]}"
        with open(victim, "wb") as f:
            f.write(original)
        p = make("-j2", cwd=src, env=env)
        if p.returncode != 0:
            return f"the build from the tarball failed without npm:\n{p.stdout[-3000:]}"
        if p.stdout.strip():
            return f"a successful build is not quiet:\n{p.stdout[-2000:]}"
        built = os.path.join(src, "build", "foundry-guard")
        out = subprocess.run([built, "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
        if out != f"foundry-guard {v}":
            return f"the tarball's binary says {out!r}"
        if demo_summary(built, src)[1] != demo_summary(binary, PROJECT)[1]:
            return "the tarball's binary finds something else in examples/demo than the project's"
        if not os.path.isfile(os.path.join(src, "build", "foundry-guard.1")):
            return "make did not write the man page"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def t_static_binary(binary):
    skip = only_default_build(binary)
    if skip:
        return skip
    if not os.path.exists(LIBGIT2_A):
        return ("SKIP no static libgit2 yet (build/static/libgit2): run make static once "
                "(it builds libgit2 from Debian's source package; .ci/run does)")
    v = version()
    p = make("static")
    if p.returncode != 0:
        return f"make static failed:\n{p.stdout[-3000:]}"
    static = os.path.join(PROJECT, "build", "static", "foundry-guard")
    ldd = subprocess.run(["ldd", static], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    if "not a dynamic executable" not in ldd and "statically linked" not in ldd:
        return f"ldd lists libraries:\n{ldd}"
    sections = subprocess.run(["readelf", "-S", static], stdout=subprocess.PIPE, text=True).stdout
    if ".symtab" in sections or ".debug_info" in sections:
        return "the static binary is not stripped"
    # It runs with no library path at all, and finds what the normal build finds.
    env = {"PATH": "/nonexistent", "HOME": "/nonexistent"}
    out = subprocess.run([static, "--version"], env=env, stdout=subprocess.PIPE, text=True).stdout.strip()
    if out != f"foundry-guard {v}":
        return f"static --version: {out!r}"
    if demo_summary(static, PROJECT)[1] != demo_summary(binary, PROJECT)[1]:
        return "the static binary finds something else in examples/demo"
    # The binary tarball: static binary, man page, licence; SHA256SUMS checks.
    root = tempfile.mkdtemp(prefix="fg-distbin-")
    try:
        p = make("dist-bin", f"DIST_DIR={root}")
        if p.returncode != 0:
            return f"make dist-bin failed:\n{p.stdout[-3000:]}"
        arch = os.uname().machine
        name = f"foundry-guard-{v}-linux-{arch}.tar.gz"
        c = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=root, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
        if c.returncode != 0 or f"{name}: OK" not in c.stdout or f"foundry-guard-{v}.tar.gz: OK" not in c.stdout:
            return f"SHA256SUMS does not verify both tarballs:\n{c.stdout}"
        with tarfile.open(os.path.join(root, name)) as t:
            names = set(t.getnames())
        top = f"foundry-guard-{v}-linux-{arch}"
        want = {f"{top}/foundry-guard", f"{top}/man/man1/foundry-guard.1", f"{top}/LICENSE"}
        if not want <= names:
            return f"the binary tarball lacks {sorted(want - names)}"
        why = runs_alone(binary, os.path.join(root, name), top, root)
        if why:
            return why
        print(f"     static binary: {os.path.getsize(static)} bytes")
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)



def runs_alone(binary, tarball, top, tmp):
    """As a user on a bare machine: the binary from the downloaded tarball runs
    in an empty root (no libc, no git, no /etc, no /tmp) and reports what the
    normal build reports, in a repository and in its staged change."""
    if os.geteuid() != 0:
        print("     (not root: the empty-root run of the static binary is skipped)")
        return None
    jail = os.path.join(tmp, "jail")
    os.makedirs(os.path.join(jail, "bin"))
    with tarfile.open(tarball) as t:
        src = t.extractfile(f"{top}/foundry-guard").read()
    fg = os.path.join(jail, "bin", "foundry-guard")
    with open(fg, "wb") as f:
        f.write(src)
    os.chmod(fg, 0o755)
    repo = os.path.join(jail, "work")
    shutil.copytree(os.path.join(PROJECT, "examples", "demo"), repo, ignore=shutil.ignore_patterns(".git"))
    git = ["git", "-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(git + ["init", "-q", "-b", "main"], check=True)
    subprocess.run(git + ["add", "-A"], check=True)
    subprocess.run(git + ["commit", "-q", "-m", "demo"], check=True)

    def found(argv, root):
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={},
                           preexec_fn=(lambda: os.chroot(jail)) if root else None)
        if p.returncode not in (0, 1):
            raise AssertionError(f"{argv} exited {p.returncode}: {p.stderr.strip()}")
        return sorted((f["path"], f["line"], f["rule_id"]) for f in json.loads(p.stdout)["findings"])

    alone = found(["/bin/foundry-guard", "scan", "/work", "--format", "json"], True)
    if not alone or alone != found([binary, "scan", repo, "--format", "json"], False):
        return f"the static binary in an empty root finds something else in the demo repository: {alone[:5]}"
    with open(os.path.join(repo, "app", "new.py"), "w") as f:
        f.write("from anthropic import AnthropicFoundry\nclient = AnthropicFoundry()\n"
                "def f(user):\n    client.messages.create(model='m', max_tokens=1, messages=[{'role': 'user', "
                "'content': user.ssn}])\n")
    subprocess.run(git + ["add", "app/new.py"], check=True)
    staged = found(["/bin/foundry-guard", "scan", "/work", "--staged", "--format", "json"], True)
    if [r for _, _, r in staged] != ["sensitive-data/government-id-field"]:
        return f"--staged in an empty root: {staged}"
    return None


def t_gitlab_example_runs_the_cached_binary(binary):
    """examples/gitlab-ci.yml: with the binary in its cache folder the job
    installs and builds nothing, and its script writes the report."""
    try:
        import yaml
    except ImportError:
        return "SKIP python3-yaml is not installed (apt-get install python3-yaml)"
    job = yaml.safe_load(open(os.path.join(PROJECT, "examples", "gitlab-ci.yml")))["foundry-guard"]
    v = version()
    if job["variables"]["FOUNDRY_GUARD_VERSION"] != v:
        return f"the example pins {job['variables']['FOUNDRY_GUARD_VERSION']}, VERSION says {v}"
    if "$FOUNDRY_GUARD_VERSION" not in job["cache"]["key"] or ".foundry-guard/" not in job["cache"]["paths"]:
        return f"the cache does not hold the binary per version: {job['cache']}"
    root = tempfile.mkdtemp(prefix="fg-gitlab-")
    try:
        repo = os.path.join(root, "repo")
        os.makedirs(os.path.join(repo, ".foundry-guard"))
        subprocess.run(["git", "init", "-q", repo], check=True)
        with open(os.path.join(repo, "app.py"), "w") as f:
            f.write("x = 1\n")
        shutil.copy(binary, os.path.join(repo, ".foundry-guard", "foundry-guard"))  # the cache, restored
        shims = os.path.join(root, "shims")
        os.makedirs(shims)
        for tool in ("apt-get", "git", "make", "cc", "npm"):
            with open(os.path.join(shims, tool), "w") as f:
                f.write(f"#!/bin/sh\necho 'ran {tool}'; exit 1\n")
            os.chmod(os.path.join(shims, tool), 0o755)
        env = dict(clean_env(), PATH=shims + ":" + os.environ.get("PATH", ""), **job["variables"])
        env = {k: str(val) for k, val in env.items()}
        for part in ("before_script", "script"):
            p = subprocess.run(["bash", "-eo", "pipefail", "-c", "\n".join(job[part])], cwd=repo, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if p.returncode != 0 or "ran " in p.stdout:
                return f"{part} with a cached binary: exit {p.returncode}\n{p.stdout[-1500:]}"
        if not os.path.getsize(os.path.join(repo, "gl-code-quality-report.json")):
            return "no Code Quality report"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)


def t_deb_src_twins_every_source(binary):
    root = tempfile.mkdtemp(prefix="fg-debsrc-")
    try:
        d = os.path.join(root, "sources.list.d")
        os.makedirs(d)
        with open(os.path.join(d, "debian.sources"), "w") as f:
            f.write("Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\n\n"
                    "Types: deb\nURIs: http://deb.debian.org/debian-security\nSuites: bookworm-security\n")
        with open(os.path.join(root, "sources.list"), "w") as f:
            f.write("# comment\ndeb http://archive.ubuntu.com/ubuntu jammy main\ndeb-src http://x y z\n")
        for _ in (1, 2):  # twice: the twins are not twinned again
            p = subprocess.run(["sh", os.path.join(PROJECT, "release", "deb-src.sh"), root],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if p.returncode != 0:
                return f"deb-src.sh: {p.stdout}"
        if sorted(os.listdir(d)) != ["debian-src.sources", "debian.sources", "sources-src.list"]:
            return f"files: {sorted(os.listdir(d))}"
        got = open(os.path.join(d, "debian-src.sources")).read()
        if got.count("Types: deb-src\n") != 2 or "Types: deb\n" in got or "bookworm-security" not in got:
            return f"deb822 twin:\n{got}"
        got = open(os.path.join(d, "sources-src.list")).read()
        if got != "deb-src http://archive.ubuntu.com/ubuntu jammy main\n":
            return f"sources.list twin: {got!r}"
        return None
    finally:
        shutil.rmtree(root, ignore_errors=True)

TESTS = [
    ("release.version_is_read_from_one_place", t_version_is_read_from_one_place),
    ("release.dist_tarball_is_reproducible_and_builds_without_npm",
     t_dist_tarball_is_reproducible_and_builds_without_npm),
    ("release.static_binary", t_static_binary),
    ("release.gitlab_example_runs_the_cached_binary", t_gitlab_example_runs_the_cached_binary),
    ("release.deb_src_twins_every_source", t_deb_src_twins_every_source),
]
