"""Tests of tests/score.py, the gate of the project's own corpus: a scorer
that cannot fail would let every regression through, so each way of
failing is pinned here, on tiny fixtures and on the real binary.

run_all(counter, binary) is called by tests/run.py.
"""
import contextlib
import io
import os
import shutil
import tempfile
import textwrap

import score
from e2e import write_files

LEAK_PY = textwrap.dedent("""\
    from anthropic import AnthropicFoundry

    client = AnthropicFoundry(resource="contoso")


    def send(user):
        return client.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=10,
            messages=[{"role": "user", "content": f"SSN {user.ssn}"}],
        )
    """)
LEAK_LINE = 10  # the user.ssn line of LEAK_PY


def finding(path, line, rule="sensitive-data/government-id-field"):
    return {"path": path, "line": line, "rule": rule, "category": rule.split("/", 1)[0]}


def entry(path, lines, category="sensitive-data"):
    return {"path": path, "category": category, "spans": score.parse_lines(lines, "t"), "where": "t", "note": ""}


def counts(res):
    return {k: res[k] for k in ("tp", "fp", "fn", "dup")}


def raises(fn, *args):
    try:
        fn(*args)
    except score.ScoreError:
        return True
    return False


def check_lines(tmp, binary):
    assert score.parse_lines("12", "t") == [(12, 12)]
    assert score.parse_lines("12,15", "t") == [(12, 12), (15, 15)]
    assert score.parse_lines("12-15", "t") == [(12, 15)]
    assert score.parse_lines("3,7-9", "t") == [(3, 3), (7, 9)]
    for bad in ("", "x", "4-", "-4", "9-7", "0", "1,,2", "1-2-3"):
        assert raises(score.parse_lines, bad, "t"), bad


def check_match(tmp, binary):
    e = [entry("a.py", "10")]
    assert counts(score.match(e, [finding("a.py", 10)])) == {"tp": 1, "fp": 0, "fn": 0, "dup": 0}
    # a missed label is a false negative
    assert counts(score.match(e, [])) == {"tp": 0, "fp": 0, "fn": 1, "dup": 0}
    # an unlabelled finding is a false positive: other file, other line, other category
    for f in (finding("b.py", 10), finding("a.py", 11), finding("a.py", 10, "zdr-claim/retention-assumption")):
        assert counts(score.match(e, [f])) == {"tp": 0, "fp": 1, "fn": 1, "dup": 0}, f
    # a second finding on a taken entry is a duplicate, not a hit
    assert counts(score.match(e, [finding("a.py", 10), finding("a.py", 10, "sensitive-data/email")])) == \
        {"tp": 1, "fp": 0, "fn": 0, "dup": 1}
    # comma lists and ranges: any listed line fits, a line between list items does not
    e = [entry("a.py", "3,7-9")]
    for line, tp in ((3, 1), (7, 1), (9, 1), (5, 0), (10, 0)):
        assert score.match(e, [finding("a.py", line)])["tp"] == tp, line
    # the matching is maximal: the finding that fits two entries leaves the
    # one-entry finding its only entry
    e = [entry("a.py", "1-5"), entry("a.py", "4-9")]
    f = [finding("a.py", 4), finding("a.py", 2)]
    assert counts(score.match(e, f)) == {"tp": 2, "fp": 0, "fn": 0, "dup": 0}
    # categories outside the scored set are ignored on both sides
    assert counts(score.match([entry("a.py", "1", "inventory")], [finding("b.py", 1, "inventory/x")])) == \
        {"tp": 0, "fp": 0, "fn": 0, "dup": 0}


def check_expected_file(tmp, binary):
    p = os.path.join(tmp, "expected.tsv")
    with open(p, "w") as f:
        f.write("# path\tcategory\tlines\tnote\n\na.py\tsensitive-data\t3,7-9\twhy\nb.md\tzdr-claim\t1\n")
    es = score.read_expected(p)
    assert [(x["path"], x["category"], x["spans"]) for x in es] == \
        [("a.py", "sensitive-data", [(3, 3), (7, 9)]), ("b.md", "zdr-claim", [(1, 1)])]
    for bad in ("a.py\tsensitive-data\n", "a.py sensitive-data 3\n", "a.py\tsensitive-data\tthree\n"):
        with open(p, "w") as f:
            f.write(bad)
        assert raises(score.read_expected, p), bad


def check_sarif(tmp, binary):
    root = "/r"
    doc = {"runs": [{"results": [
        {"ruleId": "sensitive-data/email", "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "src/my%20app.py"}, "region": {"startLine": 4}}}]},
        {"ruleId": "zdr-claim/retention-assumption", "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "file:///r/docs/a.md"}, "region": {"startLine": 2}}}]},
        {"ruleId": "sensitive-data/email", "suppressions": [{"kind": "inSource"}],
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "./x.py"}, "region": {"startLine": 1}}}]},
        {"ruleId": "sensitive-data/email", "suppressions": [{"kind": "external", "status": "rejected"}],
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "./y.py"}, "region": {"startLine": 1}}}]},
    ]}]}
    got = [(f["path"], f["category"], f["line"]) for f in score.sarif_findings(doc, root)]
    assert got == [("src/my app.py", "sensitive-data", 4), ("docs/a.md", "zdr-claim", 2),
                   ("y.py", "sensitive-data", 1)], got
    assert raises(score.sarif_findings, {"version": "2.1.0"}, root)


def run_score(*argv):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        rc = score.main(list(argv))
    return rc, out.getvalue()


def check_end_to_end(tmp, binary):
    """The real binary on a one-file suite: the labels decide the exit status."""
    suite = os.path.join(tmp, "suite")
    label = f"app.py\tsensitive-data\t{LEAK_LINE}\n"
    write_files(suite, {"tree/app.py": LEAK_PY, "expected.tsv": label,
                  "diff/added/before/app.py": LEAK_PY.replace("f\"SSN {user.ssn}\"", "\"hello\""),
                  "diff/added/after/app.py": LEAK_PY, "diff/added/expected.tsv": label})
    bars = ["--min-precision", "1", "--min-recall", "1"]
    rc, out = run_score(binary, suite, *bars)
    assert rc == 0 and "tp=   2 fp=   0 fn=   0" in out, out
    # a label the scanner does not find fails recall
    write_files(suite, {"expected.tsv": label + "app.py\tsensitive-data\t3\n"})
    rc, out = run_score(binary, suite, "--only", "tree", *bars)
    assert rc == 1 and "fn=   1" in out, out
    # a finding nobody labelled fails precision (the diff case has no label)
    write_files(suite, {"expected.tsv": label, "diff/added/expected.tsv": "# nothing\n"})
    rc, out = run_score(binary, suite, "--min-precision", "1")
    assert rc == 1 and "tp=   1 fp=   1" in out, out
    # the diff case sees only added lines: unchanged before/after reports nothing
    write_files(suite, {"diff/added/before/app.py": LEAK_PY, "expected.tsv": label})
    rc, out = run_score(binary, suite, *bars)
    assert rc == 0 and "tp=   1 fp=   0 fn=   0" in out, out
    # no labels at all is an error, not a perfect score
    write_files(suite, {"expected.tsv": "# nothing\n"})
    rc, out = run_score(binary, suite, "--only", "tree")
    assert rc == 2 and "nothing to score" in out, out
    # a scanner error (exit 2: a bad configuration) is an error
    write_files(suite, {"expected.tsv": label, "tree/.foundry-guard.yml": "version: [\n"})
    rc, out = run_score(binary, suite, "--only", "tree")
    assert rc == 2 and "exited 2" in out, out
    # a missing expected.tsv is an error
    os.unlink(os.path.join(suite, "expected.tsv"))
    rc, out = run_score(binary, suite, "--only", "tree")
    assert rc == 2 and "missing" in out, out


def run_all(c, binary, only=None):
    checks = [("lines", check_lines), ("match", check_match), ("expected_file", check_expected_file),
              ("sarif", check_sarif), ("end_to_end", check_end_to_end)]
    for name, fn in checks:
        full = f"scorer.{name}"
        if only and only not in full:
            continue
        tmp = tempfile.mkdtemp(prefix="fg-score-test-")
        try:
            fn(tmp, binary)
            c.ok(full)
        except AssertionError as e:
            c.fail(full, f"assertion failed: {e}")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
