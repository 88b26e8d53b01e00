#!/usr/bin/env python3
"""Test runner for foundry-guard: unit tests, end-to-end CLI tests, shell
tests, the scorer's own tests, the score gate of our corpus (tests/corpus,
scored by tests/score.py, always) and of the shared corpus (--corpus and
--scorer, when present).  Ends with one line `N passed, N failed`.

usage: run.py --bin BIN --unit UNIT_BIN [--corpus DIR --scorer PY --suites "a b"]
              [--only SUBSTRING]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import e2e  # noqa: E402  (tests/e2e/__init__.py)
import score_test  # noqa: E402


class Counter:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []

    def ok(self, name):
        self.passed += 1
        print(f"ok   {name}")

    def fail(self, name, why):
        self.failed += 1
        self.failures.append(name)
        print(f"FAIL {name}\n     {why}")


def run_unit(c, unit_bin, only):
    p = subprocess.run([unit_bin] + ([only] if only else []), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    for line in p.stdout.splitlines():
        m = re.match(r"(ok  |FAIL) (\S+)", line)
        if m:
            if m.group(1) == "FAIL":
                c.fail("unit." + m.group(2), "see assertion above")
            else:
                c.ok("unit." + m.group(2))
        elif line.startswith("    "):
            print(line)
    if p.returncode not in (0, 1) or not re.search(r"\d+ passed, \d+ failed", p.stdout):
        c.fail("unit.runner", f"unit-test binary exited {p.returncode}:\n{p.stdout[-2000:]}")


def run_shell(c, binary, only):
    d = os.path.join(HERE, "cli")
    if not os.path.isdir(d):
        return
    for name in sorted(os.listdir(d)):
        if not name.endswith(".sh") or (only and only not in name):
            continue
        extra = []
        if name == "sarif_validate.sh":
            extra = [os.environ.get("SARIF_MULTITOOL", os.path.join(
                os.path.dirname(HERE), "build", "tools", "sarif-multitool", "node_modules",
                "@microsoft", "sarif-multitool-linux", "Sarif.Multitool"))]
        p = subprocess.run(["sh", os.path.join(d, name), os.path.abspath(binary)] + extra,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if p.returncode == 0:
            c.ok("cli." + name)
        elif p.returncode == 77:
            print(f"skip cli.{name}: {p.stdout.strip().splitlines()[-1] if p.stdout.strip() else ''}")
        else:
            c.fail("cli." + name, p.stdout[-3000:])


def run_fuzz_replay(c, binary, only):
    """Every saved fuzz input through its target's entry point, built without
    libFuzzer beside the binary (make builds it; make asan with sanitizers):
    tests/fuzz/regressions/T, the hand-written seeds in tests/fuzz/corpus/T
    and the seeds make_seeds.py draws from the test material."""
    if only and only not in "fuzz.replay":
        return
    replay = os.path.join(os.path.dirname(binary), "fuzz-replay")
    fuzz = os.path.join(HERE, "fuzz")
    targets = sorted(n[5:-2] for n in os.listdir(fuzz) if n.startswith("fuzz_") and n.endswith(".c"))
    if not os.path.exists(replay):
        c.fail("fuzz.replay", f"{replay} is missing; build it with make (make test does)")
        return
    seeds = tempfile.mkdtemp(prefix="fg-seeds-")
    try:
        subprocess.run([sys.executable, os.path.join(fuzz, "make_seeds.py"), "--out", seeds, "--bin", binary],
                       check=True)
        for t in targets:
            dirs = [d for d in (os.path.join(fuzz, "regressions", t), os.path.join(fuzz, "corpus", t),
                                os.path.join(seeds, t)) if os.path.isdir(d)]
            try:
                p = subprocess.run([replay, t, *dirs], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   text=True, timeout=600)
            except subprocess.TimeoutExpired:
                c.fail(f"fuzz.replay.{t}", "took over 600 s")
                continue
            last = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else ""
            if p.returncode == 0:
                c.ok(f"fuzz.replay.{t} ({last})")
            else:
                c.fail(f"fuzz.replay.{t}", f"exit {p.returncode}:\n{p.stdout[-3000:]}")
    finally:
        shutil.rmtree(seeds, ignore_errors=True)


def run_score(c, binary, corpus, scorer, suites, only):
    if only and only not in "corpus":
        return
    if not (corpus and os.path.isdir(corpus) and scorer and os.path.exists(scorer)):
        # The corpus is not part of this repository; without it there is nothing to score.
        print(f"skip corpus.gate: the labelled corpus ({corpus}) or its scorer ({scorer}) is not here; "
              f"run make test CORPUS=DIR SCORER=FILE to score")
        return
    for mode in ("tree", "diff"):
        cmd = [sys.executable, os.path.abspath(scorer), os.path.abspath(binary), *suites.split(),
               "--only", mode, "--min-precision", "0.95", "--min-recall", "0.95", "--verbose"]
        p = subprocess.run(cmd, cwd=corpus, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print(p.stdout.rstrip())
        if p.returncode == 0:
            c.ok(f"corpus.gate.{mode} ({suites}, precision and recall >= 0.95)")
        else:
            c.fail(f"corpus.gate.{mode}", "below the bar (see the scorer output above)")


def run_own_corpus(c, binary, only):
    """Our own labelled repositories (tests/corpus), written independently of
    the rules, scored by our own scorer (tests/score.py): gated in every
    checkout, with or without ../shared."""
    if only and only not in "corpus":
        return
    own = os.path.join(HERE, "corpus")
    suites = sorted(d for d in os.listdir(own) if os.path.isdir(os.path.join(own, d))) if os.path.isdir(own) else []
    if not suites:
        c.fail("corpus.own", f"no suites under {own}")
        return
    cmd = [sys.executable, os.path.join(HERE, "score.py"), binary, *suites, "--min-precision", "0.95",
           "--min-recall", "0.95", "--verbose"]
    p = subprocess.run(cmd, cwd=own, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(p.stdout.rstrip())
    if p.returncode == 0:
        c.ok(f"corpus.own ({len(suites)} suites, tree and diff, precision and recall >= 0.95)")
    else:
        c.fail("corpus.own", "below the bar or an error (see the scorer output above)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--unit")
    ap.add_argument("--corpus")
    ap.add_argument("--scorer")
    ap.add_argument("--suites", default="")
    ap.add_argument("--only")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    c = Counter()
    if a.unit and (not a.only or a.only.startswith("unit")):
        run_unit(c, a.unit, a.only[5:] if a.only and a.only.startswith("unit.") else None)
    e2e.run_all(c, binary, a.only)
    run_shell(c, binary, a.only)
    run_fuzz_replay(c, binary, a.only)
    if not a.only or "scorer" in a.only:
        score_test.run_all(c, binary, a.only)
    if a.suites:
        run_score(c, binary, a.corpus, a.scorer, a.suites, a.only)
    run_own_corpus(c, binary, a.only)
    if c.failures:
        print("failed: " + ", ".join(c.failures))
    print(f"{c.passed} passed, {c.failed} failed")
    sys.exit(1 if c.failed else 0)


if __name__ == "__main__":
    main()
