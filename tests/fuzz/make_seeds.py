#!/usr/bin/env python3
"""Writes the seeds the fuzz targets draw from the project's own test
material into OUT/TARGET/: rules/tests/ and tests/corpus/ files (analyze),
the project's configurations and the starter file `init` writes (config),
a piece of every rules file (rules), corpus diff cases (diff).  They are
made at build time rather than committed, so they follow the material they
come from; tests/fuzz/corpus/ holds only hand-written seeds.

The selector tables (file names, rules files) are read from the targets' C
sources, so a seed's leading byte means what the target says.

    python3 tests/fuzz/make_seeds.py --out build/fuzz/seeds [--bin build/foundry-guard]
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


class Out:
    def __init__(self, root):
        self.root = root

    def put(self, target, name, data):
        d = os.path.join(self.root, target)
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


def analyze_seeds(out):
    index = {}
    for i, n in enumerate(table("analyze", "names")):
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
        if k in index:
            out.put("analyze", os.path.basename(f), bytes([index[k]]) + read(f))
            if k == ".py":  # and in a repository with Foundry context
                out.put("analyze", "ctx-" + os.path.basename(f), bytes([index[k] | 0x80]) + read(f))


def config_seeds(out, binary):
    out.put("config", "root.yml", read(os.path.join(ROOT, ".foundry-guard.yml")))
    out.put("config", "demo.yml", read(os.path.join(ROOT, "examples", "demo", ".foundry-guard.yml")))
    if binary:
        d = tempfile.mkdtemp()
        try:
            subprocess.run([binary, "init", d], check=True, stdout=subprocess.DEVNULL)
            out.put("config", "init.yml", read(os.path.join(d, ".foundry-guard.yml")))
        finally:
            shutil.rmtree(d)


def rules_seeds(out):
    for i, rel in enumerate(table("rules", "files")):
        full = os.path.join(ROOT, "rules", rel)
        if not os.path.isfile(full):
            continue
        text = read(full)
        if rel == "rules.txt":  # its last stanza
            text = re.split(rb"\n(?=id: )", text)[-1]
        elif rel.endswith(".scm"):  # its first two patterns
            text = b"\n\n".join(text.split(b"\n\n")[:2]) + b"\n"
        else:
            text = b"\n".join(text.splitlines()[:12]) + b"\n"
        out.put("rules", rel.replace("/", "_"), bytes([i]) + text)


def diff_seeds(out):
    n = 0
    for after in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "*", "diff", "*", "after", "**", "*"),
                                  recursive=True)):
        before = after.replace(os.sep + "after" + os.sep, os.sep + "before" + os.sep, 1)
        if n < 12 and os.path.isfile(after) and os.path.isfile(before):
            old, new = read(before), read(after)
            if len(old) + len(new) < MAX:
                out.put("diff", os.path.basename(after), old + b"\0" + new)
                n += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "foundry-guard"))
    a = ap.parse_args()
    shutil.rmtree(a.out, ignore_errors=True)
    out = Out(a.out)
    analyze_seeds(out)
    config_seeds(out, a.bin if os.path.exists(a.bin) else None)
    rules_seeds(out)
    diff_seeds(out)


if __name__ == "__main__":
    main()
