#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (tests/fuzz/corpus/TARGET/) from the
project's own test material: rules/tests/, tests/corpus/, the rules files
and configurations.  The selector tables (file names, rules paths) are read
from the targets' C sources, so a seed's leading byte always means what the
target says.  Re-run after changing a table:

    python3 tests/fuzz/make_seeds.py [--bin build/foundry-guard]
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FUZZ = os.path.join(ROOT, "tests", "fuzz")
MAX = 16384  # the make fuzz -max_len


def table(target, name):
    src = open(os.path.join(FUZZ, f"fuzz_{target}.c"), encoding="utf-8").read()
    start = src.index(f"{name}[] = {{")
    return re.findall(r'"([^"]+)"', src[start:src.index("\n};", start)])


def read(path):
    with open(path, "rb") as f:
        return f.read()[:MAX]


def put(target, name, data):
    d = os.path.join(FUZZ, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def ext_key(name):
    base = os.path.basename(name)
    if base in ("Dockerfile", "Makefile", ".env"):
        return base
    for multi in (".blade.php", ".min.js"):
        if base.endswith(multi):
            return multi
    return os.path.splitext(base)[1]


def analyze_seeds():
    names = table("analyze", "names")
    index = {}
    for i, n in enumerate(names):
        index.setdefault(ext_key(n), i)
    files = sorted(glob.glob(os.path.join(ROOT, "rules", "tests", "*")))
    # one file per extension the rules tests lack, from the labelled corpus
    have = {ext_key(f) for f in files}
    for f in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "*", "tree", "**", "*"), recursive=True)):
        k = ext_key(f)
        if os.path.isfile(f) and k in index and k not in have and os.path.getsize(f) <= MAX:
            files.append(f)
            have.add(k)
    for f in files:
        k = ext_key(f)
        if k not in index:
            continue
        for foundry in (0, 0x80) if k == ".py" else (0,):
            put("analyze", f"{'ctx-' if foundry else ''}{os.path.basename(f)}", bytes([index[k] | foundry]) + read(f))


# Every section in use (the starter file written by `init` has them empty).
FULL_CONFIG = """version: 1
exclude:
  - tests/fixtures/
  - "**/*.snap"
rules:
  sensitive-data: { severity: error }
  zdr-claim/retention-assumption: { enabled: false }
sensitive-names:
  - { name: member_number, category: health }
  - { name: display_label, exclude: true }
detectors:
  - id: employee-id
    category: personal
    severity: warning
    pattern: '\\bEMP-[0-9]{6}\\b'
    validator: none
allow:
  - value: '@ourcompany\\.example$'
  - { path: 'scripts/demo/**', rule: sensitive-data/email }
foundry-context: always
max-file-size: 1048576
"""


def config_seeds(binary):
    put("config", "root.yml", read(os.path.join(ROOT, ".foundry-guard.yml")))
    put("config", "demo.yml", read(os.path.join(ROOT, "examples", "demo", ".foundry-guard.yml")))
    put("config", "full.yml", FULL_CONFIG.encode())
    if binary:
        d = tempfile.mkdtemp()
        try:
            subprocess.run([binary, "init", d], check=True, stdout=subprocess.DEVNULL)
            put("config", "init.yml", read(os.path.join(d, ".foundry-guard.yml")))
        finally:
            shutil.rmtree(d)


def rules_seeds():
    for i, rel in enumerate(table("rules", "files")):
        full = os.path.join(ROOT, "rules", rel)
        if not os.path.isfile(full):
            continue
        text = read(full)
        if rel == "rules.txt":  # one stanza: a new rule
            text = re.split(rb"\n(?=id: )", text)[-1]
        elif rel.endswith(".scm"):  # its first two patterns
            text = b"\n\n".join(text.split(b"\n\n")[:2]) + b"\n"
        else:
            text = b"\n".join(text.splitlines()[:12]) + b"\n"
        put("rules", rel.replace("/", "_"), bytes([i]) + text)


def baseline_seeds(binary):
    rules = []
    if binary:
        out = subprocess.run([binary, "rules"], check=True, stdout=subprocess.PIPE, text=True).stdout
        rules = [line.split()[0] for line in out.splitlines() if "/" in line.split(" ", 1)[0]]
    known = [("00000000deadbeef:1", "src/app.py"), ("00000000deadbeef:2", "src/app.py"),
             ("0123456789abcdef:1", "docs/README.md"), ("fedcba9876543210:1", "a b/ü.ts")]
    head = b"# foundry-guard baseline v1: fingerprint, rule, path; one accepted finding per line.\n"
    lines = [f"{fp}\t{rules[i % len(rules)] if rules else 'sensitive-data/value'}\t{p}\n".encode()
             for i, (fp, p) in enumerate(known)]
    put("baseline", "all.txt", head + b"".join(sorted(lines)))
    put("baseline", "stale.txt", head + lines[0] + b"ffffffffffffffff:1\tzdr-claim/retention-assumption\tgone.md\n")
    put("baseline", "crlf.txt", head.replace(b"\n", b"\r\n") + lines[2].replace(b"\n", b"\r\n"))


def diff_seeds():
    cases = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "*", "diff", "*", "after", "**", "*"),
                             recursive=True))
    n = 0
    for after in cases:
        if not os.path.isfile(after) or n >= 12:
            continue
        before = after.replace(os.sep + "after" + os.sep, os.sep + "before" + os.sep, 1)
        old = read(before) if os.path.isfile(before) else b""
        new = read(after)
        if old and len(old) + len(new) < MAX:
            put("diff", os.path.basename(after), old + b"\0" + new)
            n += 1
    put("diff", "new-file.txt", b"one\ntwo\nthree")
    put("diff", "no-newline.txt", b"a\nb\0a\nb\nc")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "foundry-guard"))
    a = ap.parse_args()
    binary = a.bin if os.path.exists(a.bin) else None
    shutil.rmtree(os.path.join(FUZZ, "corpus"), ignore_errors=True)
    analyze_seeds()
    config_seeds(binary)
    rules_seeds()
    baseline_seeds(binary)
    diff_seeds()


if __name__ == "__main__":
    main()
