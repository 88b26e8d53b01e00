#!/usr/bin/env python3
"""The project's own scorer for its labelled suites (tests/corpus/).

A suite is a folder holding

  tree/                    a repository's working tree, scanned whole
  expected.tsv             what the tree scan must report
  diff/CASE/before/        committed first (may be absent: an empty commit)
  diff/CASE/after/         then staged; a file absent here is deleted
  diff/CASE/expected.tsv   what `scan --staged` must report

An expected.tsv line is `path<TAB>category<TAB>lines[<TAB>note]`; '#' lines
and blank lines are skipped.  `lines` is a comma list of line numbers and
ranges (7, 7,9, 7-9, 3,7-9): a finding on any of them fits the entry.  A
finding's category is its SARIF ruleId up to the first '/'.

Matching is a maximum one-to-one matching between findings and the entries
they fit (same path, same category, line inside the entry):

  tp   entries matched by a finding
  fn   entries no finding matched (a missed label)
  dup  findings that fit only entries another finding already took
  fp   findings that fit no entry (an unlabelled finding)

precision = tp / (tp + fp), recall = tp / (tp + fn), over the categories
given with --categories.  Results SARIF marks as suppressed (an accepted
suppression) are not findings.  The scanner may exit 0 or 1; any other
status, a SARIF file that does not parse, a malformed expected.tsv or a run
with no labelled entry at all is an error (exit 2), never a pass.

usage: score.py BIN SUITE [SUITE...] [--only tree|diff] [--categories a,b]
                [--min-precision P] [--min-recall R] [--verbose]
exit: 0 at or above both bars, 1 below, 2 error.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import unquote

CATEGORIES = ("sensitive-data", "zdr-claim")
SCAN_TIMEOUT = 300


class ScoreError(Exception):
    """Bad input or a scanner failure: the score cannot be trusted (exit 2)."""


def parse_lines(spec, where):
    """'3,7-9' -> [(3, 3), (7, 9)]."""
    spans = []
    for part in spec.split(","):
        part = part.strip()
        lo, sep, hi = part.partition("-")
        if not lo.isdigit() or (sep and not hi.isdigit()):
            raise ScoreError(f"{where}: lines must be N, N,M or N-M, not {spec!r}")
        a, b = int(lo), int(hi) if sep else int(lo)
        if a < 1 or b < a:
            raise ScoreError(f"{where}: empty or non-positive line range {part!r}")
        spans.append((a, b))
    return spans


def read_expected(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{path}:{n}"
            if len(cols) < 3 or not cols[0] or not cols[1]:
                raise ScoreError(f"{where}: need path<TAB>category<TAB>lines")
            entries.append({"path": cols[0], "category": cols[1],
                            "spans": parse_lines(cols[2], where), "where": where,
                            "note": cols[3] if len(cols) > 3 else ""})
    return entries


def _suppressed(result):
    for s in result.get("suppressions") or []:
        if s.get("status", "accepted") == "accepted":
            return True
    return False


def sarif_findings(doc, root):
    """Findings of a SARIF 2.1.0 log as dicts: path (relative to root), category, line."""
    if not isinstance(doc, dict) or not isinstance(doc.get("runs"), list):
        raise ScoreError("the SARIF log has no runs[]")
    out = []
    for run in doc["runs"]:
        for r in run.get("results") or []:
            if _suppressed(r):
                continue
            rule = r.get("ruleId") or ""
            locs = r.get("locations") or [{}]
            phys = locs[0].get("physicalLocation", {})
            uri = unquote(phys.get("artifactLocation", {}).get("uri", ""))
            if uri.startswith("file://"):
                uri = uri[len("file://"):]
            if os.path.isabs(uri):
                uri = os.path.relpath(uri, root)
            while uri.startswith("./"):
                uri = uri[2:]
            out.append({"path": uri, "category": rule.split("/", 1)[0], "rule": rule,
                        "line": int(phys.get("region", {}).get("startLine", 0))})
    return out


def fits(entry, finding):
    return (entry["path"] == finding["path"] and entry["category"] == finding["category"]
            and any(a <= finding["line"] <= b for a, b in entry["spans"]))


def match(expected, findings, categories=CATEGORIES):
    """Maximum matching (augmenting paths).  Returns a dict of counts and the misses."""
    exp = [e for e in expected if e["category"] in categories]
    fnd = [f for f in findings if f["category"] in categories]
    edges = [[k for k, e in enumerate(exp) if fits(e, f)] for f in fnd]
    owner = [None] * len(exp)  # entry -> finding

    def augment(fi, seen):
        for k in edges[fi]:
            if k in seen:
                continue
            seen.add(k)
            if owner[k] is None or augment(owner[k], seen):
                owner[k] = fi
                return True
        return False

    for fi in range(len(fnd)):
        augment(fi, set())
    taken = {fi for fi in owner if fi is not None}
    res = {"tp": len(taken), "fn": 0, "fp": 0, "dup": 0, "missed": [], "extra": [], "dups": []}
    for k, e in enumerate(exp):
        if owner[k] is None:
            res["fn"] += 1
            res["missed"].append(e)
    for fi, f in enumerate(fnd):
        if fi in taken:
            continue
        if edges[fi]:
            res["dup"] += 1
            res["dups"].append(f)
        else:
            res["fp"] += 1
            res["extra"].append(f)
    return res


def ratio(num, den):
    return num / den if den else 1.0


# ---- running the scanner on a suite ----

def git(repo, *args):
    p = subprocess.run(["git", "-C", repo, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    if p.returncode != 0:
        raise ScoreError(f"git {' '.join(args)} failed in {repo}: {p.stdout.strip()}")


def fresh_repo(parent):
    repo = tempfile.mkdtemp(prefix="repo-", dir=parent)
    git(repo, "init", "-q", "-b", "main")
    for k, v in (("user.email", "score@example.invalid"), ("user.name", "score"),
                 ("commit.gpgsign", "false"), ("core.hooksPath", "/dev/null")):
        git(repo, "config", k, v)
    return repo


def copy_tree(src, dst):
    if os.path.isdir(src):
        shutil.copytree(src, dst, dirs_exist_ok=True, symlinks=True)


def clear_worktree(repo):
    for name in os.listdir(repo):
        if name == ".git":
            continue
        p = os.path.join(repo, name)
        if os.path.isdir(p) and not os.path.islink(p):
            shutil.rmtree(p)
        else:
            os.unlink(p)


def scan(binary, repo, extra):
    out = os.path.join(os.path.dirname(repo), os.path.basename(repo) + ".sarif")
    cmd = [binary, "scan", *extra, "--format", "sarif", "--output", out]
    try:
        p = subprocess.run(cmd, cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           timeout=SCAN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ScoreError(f"{' '.join(cmd)} took over {SCAN_TIMEOUT}s in {repo}")
    if p.returncode not in (0, 1):
        raise ScoreError(f"{' '.join(cmd)} exited {p.returncode} in {repo}: {p.stderr.strip()[-500:]}")
    try:
        with open(out, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        raise ScoreError(f"{' '.join(cmd)}: no readable SARIF log: {e}")
    return sarif_findings(doc, repo)


def score_tree(binary, suite, work):
    repo = fresh_repo(work)
    copy_tree(os.path.join(suite, "tree"), repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", "tree")
    return scan(binary, repo, [])


def score_diff(binary, case, work):
    repo = fresh_repo(work)
    copy_tree(os.path.join(case, "before"), repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", "before")
    clear_worktree(repo)
    copy_tree(os.path.join(case, "after"), repo)
    git(repo, "add", "-A")
    return scan(binary, repo, ["--staged"])


def jobs(suite, only):
    """(label, expected.tsv, runner) for each scored unit of a suite."""
    name = os.path.basename(os.path.normpath(suite))
    if not os.path.isdir(suite):
        raise ScoreError(f"{suite}: no such suite folder")
    out = []
    if only in (None, "tree") and os.path.isdir(os.path.join(suite, "tree")):
        out.append((f"{name}/tree", os.path.join(suite, "expected.tsv"),
                    lambda b, w: score_tree(b, suite, w)))
    ddir = os.path.join(suite, "diff")
    if only in (None, "diff") and os.path.isdir(ddir):
        for case in sorted(os.listdir(ddir)):
            c = os.path.join(ddir, case)
            if os.path.isdir(c):
                out.append((f"{name}/diff/{case}", os.path.join(c, "expected.tsv"),
                            lambda b, w, c=c: score_diff(b, c, w)))
    return out


def fmt_finding(f):
    return f"{f['path']}:{f['line']} {f['rule']}"


def main(argv=None):
    ap = argparse.ArgumentParser(description="Score foundry-guard against labelled suites.")
    ap.add_argument("binary")
    ap.add_argument("suites", nargs="+")
    ap.add_argument("--only", choices=("tree", "diff"))
    ap.add_argument("--categories", default=",".join(CATEGORIES))
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args(argv)
    cats = tuple(c for c in a.categories.split(",") if c)
    binary = os.path.abspath(a.binary)
    totals = {c: {"tp": 0, "fp": 0, "fn": 0, "dup": 0} for c in cats}
    nexpected = 0
    work = tempfile.mkdtemp(prefix="fg-score-")
    try:
        for suite in a.suites:
            for label, tsv, run in jobs(os.path.abspath(suite), a.only):
                if not os.path.isfile(tsv):
                    raise ScoreError(f"{tsv}: missing (an unlabelled case cannot be scored)")
                expected = read_expected(tsv)
                nexpected += sum(1 for e in expected if e["category"] in cats)
                found = run(binary, work)
                for c in cats:
                    r = match([e for e in expected if e["category"] == c],
                              [f for f in found if f["category"] == c], (c,))
                    for k in totals[c]:
                        totals[c][k] += r[k]
                    if a.verbose:
                        for e in r["missed"]:
                            print(f"  {label}: FN {e['path']}:{','.join(f'{x}-{y}' if x != y else str(x) for x, y in e['spans'])} {c}  ({e['where']})")
                        for f in r["extra"]:
                            print(f"  {label}: FP {fmt_finding(f)}")
                        for f in r["dups"]:
                            print(f"  {label}: dup {fmt_finding(f)}")
        if nexpected == 0:
            raise ScoreError("no labelled entry in the given suites and categories: nothing to score")
    except ScoreError as e:
        print(f"score.py: {e}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)
    all_t = {k: sum(t[k] for t in totals.values()) for k in ("tp", "fp", "fn", "dup")}
    for c in cats:
        t = totals[c]
        print(f"{c:15s} tp={t['tp']:4d} fp={t['fp']:4d} fn={t['fn']:4d} dup={t['dup']:3d} "
              f"precision={ratio(t['tp'], t['tp'] + t['fp']):.3f} recall={ratio(t['tp'], t['tp'] + t['fn']):.3f}")
    p = ratio(all_t["tp"], all_t["tp"] + all_t["fp"])
    r = ratio(all_t["tp"], all_t["tp"] + all_t["fn"])
    print(f"{'all':15s} tp={all_t['tp']:4d} fp={all_t['fp']:4d} fn={all_t['fn']:4d} dup={all_t['dup']:3d} "
          f"precision={p:.3f} recall={r:.3f}")
    ok = p >= a.min_precision and r >= a.min_recall
    if not ok:
        print(f"below the bar: precision {p:.3f} (min {a.min_precision}), recall {r:.3f} (min {a.min_recall})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
