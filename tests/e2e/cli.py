"""Command-line behaviour: formats, exit codes, skips, redaction, errors,
determinism, and that a scan never writes to the repository."""
import json
import os
import shutil
import subprocess
import tempfile

from . import make_repo, scan, write_files

LEAKY = {
    "app.py": '''
        from anthropic import AnthropicFoundry
        client = AnthropicFoundry()
        KEY = "sk-ant-api03-" + "Zq8vN3xR7tLm2PwK9sJd4FhB6cYe1GuA5oTiXnVbQ0rMlEkHjWgCfDyUpIzSaO3" + "xK9sJd4FhB6cYe1GuA5oTiXnVbQ0rMlEkHjWgCfDy-AbCdEfGh"

        def f(user):
            client.messages.create(model="m", max_tokens=5, messages=[
                {"role": "user", "content": f"SSN 536-22-1847, mail maria.lopez@contoso-health.com, {user.diagnosis}"},
            ])
        ''',
}


def _run(binary, *args, cwd=None):
    return subprocess.run([binary, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd)


def t_text_format_and_exit_codes(binary):
    repo = make_repo(LEAKY)
    try:
        p = scan(binary, repo, fmt="text")
        if p.returncode != 1:
            return f"exit {p.returncode}, want 1 with findings"
        first = p.stdout.splitlines()[0]
        if not first.startswith("app.py:7:") or ": error: " not in first or not first.endswith("]"):
            return f"not GCC-style path:line:col: severity: message [rule]: {first!r}"
        if "foundry-guard: " not in p.stdout.splitlines()[-1] or "files scanned" not in p.stdout:
            return "no summary line"
        if scan(binary, repo, "--fail-on", "never", fmt="text").returncode != 0:
            return "--fail-on never must exit 0"
        if scan(binary, repo, "--fail-on", "error", fmt="text").returncode != 1:
            return "--fail-on error must exit 1 on error findings"
        return None
    finally:
        shutil.rmtree(repo)


def t_no_output_format_leaks_values(binary):
    repo = make_repo(LEAKY)
    try:
        secrets = ["536-22-1847", "maria.lopez@contoso-health.com", "contoso-health.com"]
        for fmt in ("text", "json", "sarif"):
            p = scan(binary, repo, "--explain-flows", fmt=fmt)
            for s in secrets:
                if s in p.stdout or s in p.stderr:
                    return f"{fmt} output contains {s!r}"
        return None
    finally:
        shutil.rmtree(repo)


def t_ignore_notes_do_not_quote_values(binary):
    """A note about an ignore comment quotes its rule list; a value written
    there (found by fuzzing) is redacted in the message as in the snippet."""
    repo = make_repo({"app.py": '''
        from anthropic import AnthropicFoundry
        client = AnthropicFoundry()
        # foundry-guard: ignore[536-22-1847,maria.lopez@contoso-health.com]
        x = 1
        '''})
    try:
        for fmt in ("text", "json", "sarif"):
            p = scan(binary, repo, "--report-unused-ignores", fmt=fmt)
            if "suppression/" not in p.stdout:
                return f"{fmt}: no note about the ignore comment"
            for s in ("536-22-1847", "maria.lopez@contoso-health.com"):
                if s in p.stdout or s in p.stderr:
                    return f"{fmt} output contains {s!r}"
        return None
    finally:
        shutil.rmtree(repo)


def t_request_callee_is_redacted(binary):
    """Messages and flow steps name the request by its callee as written; a
    value in it (found by fuzzing) is redacted there as in the snippet."""
    repo = make_repo({"app.py": '''
        from anthropic import AnthropicFoundry

        def client_for(owner):
            return AnthropicFoundry(resource="contoso")

        def send(user):
            client_for("maria.lopez@contoso-health.com").messages.create(model="m", max_tokens=1, messages=[
                {"role": "user", "content": user.ssn}])
        ''', ".foundry-guard.yml": "version: 1\nfoundry-context: always\n"})
    try:
        runs = [scan(binary, repo, "--explain-flows", fmt=fmt) for fmt in ("text", "json", "sarif")]
        runs.append(_run(binary, "calls", repo))
        for p in runs:
            if "messages.create" not in p.stdout:
                return f"no request reported: {p.stdout[-500:]}"
            if "maria.lopez" in p.stdout or "maria.lopez" in p.stderr:
                return f"output contains the value: {p.stdout[-800:]}"
        return None
    finally:
        shutil.rmtree(repo)


def t_sarif_shape(binary):
    repo = make_repo(LEAKY)
    try:
        out = os.path.join(tempfile.mkdtemp(), "r.sarif")
        p = scan(binary, repo, "--output", out, fmt="sarif")
        if p.returncode != 1:
            return f"exit {p.returncode}"
        s = json.load(open(out))
        run = s["runs"][0]
        if s["version"] != "2.1.0" or not run["tool"]["driver"]["rules"]:
            return "not SARIF 2.1.0 with rules"
        ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
        for r in run["results"]:
            loc = r["locations"][0]["physicalLocation"]
            if r["ruleId"] not in ids or loc["artifactLocation"]["uri"] != "app.py":
                return f"bad result {r['ruleId']} {loc}"
            if loc["region"]["startColumn"] < 1 or "primaryLocationLineHash" not in r["partialFingerprints"]:
                return "region or fingerprint missing"
        if not any("codeFlows" in r for r in run["results"]):
            return "no codeFlows"
        for rule in run["tool"]["driver"]["rules"]:
            if not rule["help"]["markdown"] or "security-severity" not in rule["properties"]:
                return f"rule {rule['id']} lacks help or security-severity"
        return None
    finally:
        shutil.rmtree(repo)


def t_fingerprints_survive_unrelated_edits(binary):
    repo = make_repo(LEAKY)
    try:
        a = json.loads(scan(binary, repo).stdout)["findings"]
        path = os.path.join(repo, "app.py")
        src = open(path).read()
        open(path, "w").write("# a new comment line\n\n" + src)
        b = json.loads(scan(binary, repo).stdout)["findings"]
        if [f["fingerprint"] for f in a] != [f["fingerprint"] for f in b]:
            return "fingerprints changed after inserting lines above"
        if [f["line"] + 2 for f in a] != [f["line"] for f in b]:
            return "lines did not move by 2"
        return None
    finally:
        shutil.rmtree(repo)


def t_skips_are_counted(binary):
    files = dict(LEAKY)
    files["blob.py"] = b"\x00\x01binary" + b"x" * 100
    files["big.py"] = "x = 1\n" * 2000
    files["dist/app.min.js"] = "var a=1;" * 100
    repo = make_repo(files)
    try:
        os.symlink("/etc/passwd", os.path.join(repo, "link.py"))
        p = scan(binary, repo, "--max-file-size", "4096")
        sk = json.loads(p.stdout)["summary"]["skipped"]
        if sk["binary"] != 1 or sk["too_large"] != 1 or sk["minified"] != 1 or sk["symlink"] != 1:
            return f"skips not counted right: {sk}"
        return None
    finally:
        shutil.rmtree(repo)


def t_utf16_files_are_text(binary):
    """A UTF-16 file with a byte-order mark (Windows tools) is read as text, at its own lines."""
    text = "x = 1\n# Claude on Azure AI Foundry keeps nothing: Azure zero data retention covers it.\n"
    repo = make_repo({"notes.py": b"\xff\xfe" + text.encode("utf-16-le")})
    try:
        p = scan(binary, repo)
        got = [(f["path"], f["line"], f["rule_id"]) for f in json.loads(p.stdout)["findings"]]
        if got != [("notes.py", 2, "zdr-claim/retention-assumption")]:
            return f"UTF-16 file not read as text: {got} {p.stderr.strip()[-200:]}"
        return None
    finally:
        shutil.rmtree(repo)


CLAIM = "# Claude on Azure AI Foundry keeps nothing: Azure zero data retention covers it.\n"


def t_utf16_without_bom_is_text(binary):
    """UTF-16 without a byte-order mark is told by its NUL pattern, in both byte orders; 16-bit binary data is not."""
    text = "x = 1\n" + CLAIM
    repo = make_repo({"le.py": text.encode("utf-16-le"), "be.py": text.encode("utf-16-be"),
                      "table.py": bytes(range(0, 64)) * 4})
    try:
        p = scan(binary, repo)
        d = json.loads(p.stdout)
        got = sorted((f["path"], f["line"], f["rule_id"]) for f in d["findings"])
        want = [("be.py", 2, "zdr-claim/retention-assumption"), ("le.py", 2, "zdr-claim/retention-assumption")]
        if got != want:
            return f"UTF-16 without BOM not read as text: {got}"
        if d["summary"]["skipped"]["binary"] != 1:
            return f"binary data not skipped as binary: {d['summary']['skipped']}"
        return None
    finally:
        shutil.rmtree(repo)


def t_utf16_staged_reports_added_lines(binary):
    """git diffs UTF-16 as binary: --staged still reads it, and reports only the lines the change adds."""
    for enc, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-le", b""), ("utf-16-be", b"")):
        repo = make_repo({"notes.py": bom + ("x = 1\n" + CLAIM).encode(enc)})
        try:
            with open(os.path.join(repo, "notes.py"), "wb") as f:
                f.write(bom + ("x = 1\n" + CLAIM + "y = 2\n" + CLAIM.replace("nothing", "no data")).encode(enc))
            subprocess.run(["git", "-C", repo, "add", "notes.py"], check=True)
            p = subprocess.run([binary, "scan", "--staged", "--format", "json"], cwd=repo,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            got = [(f["path"], f["line"]) for f in json.loads(p.stdout)["findings"]]
            if got != [("notes.py", 4)]:
                return f"{enc} bom={bom!r}: --staged reported {got}, want the added line 4 only"
        finally:
            shutil.rmtree(repo)
    return None


def t_minified_skip_is_for_bundles_only(binary):
    """A long base64 constant in Python, or a notebook's long image output, does not make a file a bundle."""
    blob = "iVBORw0KGgo" + "A" * 12000
    py = ("from anthropic import AnthropicFoundry\n"
          "client = AnthropicFoundry()\n"
          f"LOGO = \"{blob}\"\n"
          "def f(user):\n"
          "    client.messages.create(model=\"m\", max_tokens=5, messages=[{\"role\": \"user\", \"content\": user.ssn}])\n")
    nb = json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": [
            "from anthropic import AnthropicFoundry\n", "client = AnthropicFoundry()\n",
            "client.messages.create(model=\"m\", max_tokens=5, messages=[{\"role\": \"user\", \"content\": patient.ssn}])\n"],
         "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": blob}}]}]})
    bundle = "var c=new AnthropicFoundry();var a=" + "1+" * 3000 + "1;" + "\n" + "var b=" + "2+" * 3000 + "2;"
    repo = make_repo({"app.py": py, "analysis.ipynb": nb, "static/app.js": bundle,
                      "static/vendor.min.js": "var c=new AnthropicFoundry();"})
    try:
        d = json.loads(scan(binary, repo).stdout)
        got = sorted((f["path"], f["rule_id"]) for f in d["findings"])
        want = [("analysis.ipynb", "sensitive-data/government-id-field"), ("app.py", "sensitive-data/government-id-field")]
        if got != want:
            return f"want the Python file and the notebook analysed: {got}"
        if d["summary"]["skipped"]["minified"] != 2:
            return f"bundles (.js by content, .min.js by name) not skipped: {d['summary']['skipped']}"
        return None
    finally:
        shutil.rmtree(repo)


def t_project_scans_clean(binary):
    """The project's own repository scans clean under its own configuration."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    p = _run(binary, "scan", "--format", "json", root)
    if p.returncode != 0:
        got = [(f["path"], f["line"], f["rule_id"]) for f in json.loads(p.stdout or "{}").get("findings", [])]
        return f"exit {p.returncode}: {got[:5]} {p.stderr.strip()[-200:]}"
    return None


def t_untracked_scanned_ignored_not(binary):
    repo = make_repo({".gitignore": "ignored/\n"})
    try:
        write_files(repo, {"new/app.py": LEAKY["app.py"], "ignored/app.py": LEAKY["app.py"]})
        f = json.loads(scan(binary, repo).stdout)["findings"]
        paths = {x["path"] for x in f}
        if paths != {"new/app.py"}:
            return f"paths {paths}"
        f2 = json.loads(scan(binary, repo, "--no-git").stdout)["findings"]
        if {x["path"] for x in f2} != {"new/app.py", "ignored/app.py"}:
            return "--no-git must scan every file"
        return None
    finally:
        shutil.rmtree(repo)


def t_plain_folder_and_subfolder(binary):
    d = tempfile.mkdtemp()
    try:
        write_files(d, {"x/app.py": LEAKY["app.py"]})
        f = json.loads(scan(binary, d).stdout)["findings"]
        if not f or f[0]["path"] != "x/app.py":
            return "plain folder not scanned"
        return None
    finally:
        shutil.rmtree(d)


def t_deterministic_across_jobs(binary):
    files = {f"pkg{i}/m{j}.py": LEAKY["app.py"] for i in range(5) for j in range(8)}
    repo = make_repo(files)
    try:
        a = scan(binary, repo, "--jobs", "1").stdout
        b = scan(binary, repo, "--jobs", "4").stdout
        strip = lambda s: json.dumps([f for f in json.loads(s)["findings"]])
        return None if strip(a) == strip(b) else "findings differ between --jobs 1 and --jobs 4"
    finally:
        shutil.rmtree(repo)


def t_never_writes_to_repository(binary):
    repo = make_repo(LEAKY)
    try:
        def snapshot():
            out = []
            for root, dirs, files in os.walk(repo):
                for n in sorted(files):
                    st = os.lstat(os.path.join(root, n))
                    out.append((os.path.relpath(os.path.join(root, n), repo), st.st_size, st.st_mtime_ns))
            return sorted(out)
        before = snapshot()
        scan(binary, repo, fmt="text")
        scan(binary, repo, fmt="sarif")
        after = snapshot()
        if before != after:
            changed = sorted(set(before) ^ set(after))
            return f"the scan changed the repository: {changed[:4]}"
        return None
    finally:
        shutil.rmtree(repo)


def t_errors_are_one_clear_line(binary):
    p = _run(binary, "scan", "/no/such/dir")
    if p.returncode != 2 or "/no/such/dir" not in p.stderr or len(p.stderr.strip().splitlines()) != 1:
        return f"bad path: exit {p.returncode}, {p.stderr!r}"
    p = _run(binary, "scan", "--frobnicate")
    if p.returncode != 2 or "--frobnicate" not in p.stderr:
        return f"unknown option: exit {p.returncode}, {p.stderr!r}"
    p = _run(binary, "scan", ".", "--format", "xml")
    if p.returncode != 2 or "xml" not in p.stderr:
        return "unknown format accepted"
    return None


def t_rules_dir_errors_name_file_and_line(binary):
    here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    d = tempfile.mkdtemp()
    try:
        shutil.copytree(os.path.join(here, "rules"), os.path.join(d, "rules"))
        p = _run(binary, "rules", "--rules", os.path.join(d, "rules"))
        if p.returncode != 0:
            return f"a copy of rules/ must load: {p.stderr}"
        with open(os.path.join(d, "rules", "detectors.tsv"), "a") as f:
            f.write("broken\tpersonal\terror\tnone\t(unclosed\n")
        p = _run(binary, "scan", ".", "--rules", os.path.join(d, "rules"))
        if p.returncode != 2 or "detectors.tsv:" not in p.stderr or "offset" not in p.stderr:
            return f"broken pattern: exit {p.returncode}, {p.stderr!r}"
        return None
    finally:
        shutil.rmtree(d)


def _rules_dir(files):
    d = tempfile.mkdtemp()
    write_files(d, {os.path.join("r", k): v for k, v in files.items()})
    return d, os.path.join(d, "r")


def t_rules_dir_first_stanza_is_its_own(binary):
    """The user's first rules.txt stanza is read as a stanza, not merged into the last embedded one."""
    d, r = _rules_dir({"rules.txt": "id: zdr-claim/retention-assumption\nseverity: note\nshort: OUR OWN WORDING\n"
                                    "fact: f\nfix: x\n"})
    try:
        p = _run(binary, "rules", "--rules", r)
        line = [x for x in p.stdout.splitlines() if x.startswith("zdr-claim/retention-assumption ")]
        if p.returncode != 0 or not line or "OUR OWN WORDING" not in line[0] or " note " not in line[0]:
            return f"the user's first stanza was not read: exit {p.returncode} {line} {p.stderr.strip()}"
        return None
    finally:
        shutil.rmtree(d)


def t_rules_dir_errors_name_the_users_file(binary):
    """Bad severities, repeated keys, NUL bytes and empty patterns are errors at the user's file:line."""
    bad = [
        ({"rules.txt": "id: x/y\nseverity: fatal\nshort: s\nfact: f\nfix: x\n"}, "rules.txt:1:", "severity"),
        ({"rules.txt": "# mine\n\nid: x/y\nseverity: note\nseverity: fatal\nshort: s\nfact: f\nfix: x\n"},
         "rules.txt:5:", "twice"),
        ({"detectors.tsv": "# mine\nemp\tpersonal\terror\tnone\tEMP-\x00[0-9]+\n"}, "detectors.tsv:2:", "NUL"),
        ({"lexicon/names.tsv": "# mine\n\nhealth\t\n"}, "names.tsv:3:", "empty pattern"),
        ({"flow.tsv": "prefilter\t  \n"}, "flow.tsv:1:", "empty pattern"),
        ({"claims/patterns.tsv": "CLAIM\t\n"}, "patterns.tsv:1:", "empty pattern"),
        ({"queries/python/code.scm": "; mine\n(call\n  function: (identifier) @x) @call)\n"}, "code.scm:3:",
         "syntax"),
    ]
    for files, where, what in bad:
        d, r = _rules_dir(files)
        try:
            p = _run(binary, "scan", d, "--rules", r)
            err = p.stderr.strip()
            if p.returncode != 2 or len(err.splitlines()) != 1 or what not in err:
                return f"{files}: exit {p.returncode}, {err!r}"
            if not err.startswith("foundry-guard: " + r + "/") or where not in err:
                return f"{files}: the error does not name the user's file and line ({where}): {err!r}"
        finally:
            shutil.rmtree(d)
    return None


def t_rules_dir_deep_query_refused(binary):
    """A query nested 50,000 deep is refused before tree-sitter's recursive compiler sees it."""
    d, r = _rules_dir({"queries/python/code.scm": "(call " * 50000 + ")" * 50000 + "\n"})
    try:
        p = _run(binary, "scan", d, "--rules", r)
        if p.returncode != 2 or "nested deeper" not in p.stderr or "code.scm:1:" not in p.stderr:
            return f"exit {p.returncode}: {p.stderr.strip()[-300:]!r}"
        return None
    finally:
        shutil.rmtree(d)


def t_rules_explain(binary):
    p = _run(binary, "rules", "--explain", "zdr-claim/retention-assumption")
    if p.returncode != 0 or "Anthropic" not in p.stdout or "What to do" not in p.stdout:
        return "explain lacks the fact or the fix"
    p = _run(binary, "rules", "--explain", "nope/nope")
    return None if p.returncode == 2 else "unknown rule must exit 2"


def t_bounded_file_is_reported_not_silently_passed(binary):
    """A file whose analysis hit a bound is counted in the summary, listed in JSON and noted in SARIF."""
    deep = ('import AnthropicFoundry from "@anthropic-ai/foundry-sdk";\n'
            'const client = new AnthropicFoundry({ resource: "contoso" });\n'
            "const p = " + "f(\n" * 50000 + "x" + ")\n" * 50000 + ";\n"
            'await client.messages.create({ model: "m", max_tokens: 5, messages: [{ role: "user", content: p }] });\n')
    repo = make_repo({"deep.ts": deep.encode(), "ok.py": "x = 1\n"})
    try:
        with open(os.path.join(repo, "x\n::error file=y.ts::forged.ts"), "wb") as f:
            f.write(deep.encode())
        p = subprocess.run([binary, "scan", repo], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           timeout=120)
        if any(line.startswith("::") for line in p.stderr.splitlines()):
            return f"a file name forged a line of its own: {p.stderr!r}"
        os.remove(os.path.join(repo, "x\n::error file=y.ts::forged.ts"))
        p = subprocess.run([binary, "scan", repo], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           timeout=120)
        if p.returncode != 0 or "1 not fully analysed" not in p.stdout:
            return f"text summary does not count it (exit {p.returncode}): {p.stdout.strip()[-300:]}"
        if "deep.ts" not in p.stderr or "not fully analysed" not in p.stderr:
            return f"no warning naming the file: {p.stderr.strip()[-300:]}"
        j = json.loads(scan(binary, repo).stdout)["summary"]["not_fully_analysed"]
        # the depth bound, or the parser's own time limit on a slow (sanitised, shared) machine: either way it is reported
        if [x["path"] for x in j] != ["deep.ts"] or not any(w in j[0]["reason"] for w in ("nest", "time limit")):
            return f"JSON does not list it: {j}"
        runs = json.loads(scan(binary, repo, fmt="sarif").stdout)["runs"]
        notes = runs[0]["invocations"][0].get("toolExecutionNotifications", [])
        uris = [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes]
        if uris != ["deep.ts"] or notes[0]["level"] != "warning":
            return f"SARIF does not note it: {notes}"
        return None
    finally:
        shutil.rmtree(repo)


def t_stats_per_stage(binary):
    """--stats: every stage in JSON and on stderr, files parsed and bytes counted; findings unchanged."""
    repo = make_repo(dict(LEAKY, **{"README.md": "Setup notes.\n", "lib/util.py": "def f():\n    return 1\n"}))
    try:
        plain = scan(binary, repo)
        p = scan(binary, repo, "--stats", "--jobs", "2")
        if p.returncode != 1 or plain.returncode != 1:
            return f"exit {p.returncode} / {plain.returncode}, want 1"
        d, base = json.loads(p.stdout), json.loads(plain.stdout)
        if d["findings"] != base["findings"]:
            return "--stats changed the findings"
        if "stats" in base:
            return "a stats object without --stats"
        st = d["stats"]
        want = ["walk", "read", "parse", "index", "flow", "claims", "suppress", "report"]
        if list(st["stages"]) != want:
            return f"stages {list(st['stages'])}, want {want}"
        g = st["stages"]
        if g["walk"]["files"] != 3 or g["parse"]["files"] < 1 or g["flow"]["files"] < 1:
            return f"files per stage: {g}"
        size = os.path.getsize(os.path.join(repo, "app.py"))
        if st["bytes_parsed"] < size or st["threads"] != 2 or st["peak_rss_bytes"] < 1 << 20:
            return f"bytes_parsed {st['bytes_parsed']} (app.py is {size}), threads, rss: {st}"
        if any(g[s]["cpu_seconds"] < 0 or g[s]["wall_seconds"] < 0 for s in want):
            return "negative time"
        lines = [l for l in p.stderr.splitlines() if l.startswith("foundry-guard: stats:")]
        if len(lines) != 2 + len(want) or "peak RSS" not in lines[0]:
            return f"stderr stats: {p.stderr!r}"
        return None
    finally:
        shutil.rmtree(repo)


def t_stats_file_wanting_the_index_is_analysed_once(binary):
    """A module that sends through a client imported from another file is analysed once,
    with the repository index (its first pass takes only its facts), and still reported."""
    repo = make_repo({
        "llm/client.py": """
            from anthropic import AnthropicFoundry
            client = AnthropicFoundry()
            """,
        "app.py": """
            from llm.client import client

            def notify(user):
                return client.messages.create(model="m", max_tokens=5,
                                              messages=[{"role": "user", "content": user.email}])
            """,
    })
    try:
        p = scan(binary, repo, "--stats")
        d = json.loads(p.stdout)
        got = sorted((f["path"], f["rule_id"]) for f in d["findings"])
        if not any(path == "app.py" and rule.startswith("sensitive-data/") for path, rule in got):
            return f"no finding in app.py: {got}"
        st = d["stats"]
        if st["files_analysed_per_pass"][:2] != [1, 1] or st["files_facts_first"] != 1:
            return f"analyses per pass {st['files_analysed_per_pass']}, facts first {st['files_facts_first']}"
        return None
    finally:
        shutil.rmtree(repo)


TESTS = [(n[2:], f) for n, f in sorted(globals().items()) if n.startswith("t_") and callable(f)]
