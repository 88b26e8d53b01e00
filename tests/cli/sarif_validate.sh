#!/bin/sh
# sarif_validate.sh - the SARIF report must pass Microsoft's SARIF Multitool
# validator, with GitHub's rules, without a single error.
#
# Usage: tests/cli/sarif_validate.sh BIN MULTITOOL
#   BIN        the foundry-guard binary (build/foundry-guard)
#   MULTITOOL  the Sarif.Multitool binary (tests/install-sarif-multitool.sh
#              installs the pinned 5.7.0 and prints its path)
# Exit status: 0 pass, 1 fail, 77 skipped (no usable MULTITOOL).
# SARIF_VALIDATE_KEEP=1 keeps the temporary fixture repository and report.
#
# How the validator reports (5.7.0): one line per problem on stdout,
#   FILE(LINE,COL): error SARIF1007: runs[0].results[0]...: text
# with "warning" / "note" in place of "error" for the other levels, and a
# tool-level failure as "SARIF.MULTITOOL : error ERR997...".  Its exit
# status is 0 even when it reports errors, so this test reads the output.
# It also prints nothing at all, and still "Analysis completed successfully",
# when it cannot load the log (e.g. invalid UTF-8, an unknown enum value such
# as suppressions[].kind, a relative URI like "a:b.py"), so the test asks for
# notes too and fails when it reports nothing: a real log always draws some
# (SARIF2002 for every result's message.text, for one).
set -u

BIN=${1:-}
MT=${2:-}

if [ -z "$BIN" ] || [ ! -x "$BIN" ]; then
	echo "sarif_validate: usage: $0 FOUNDRY_GUARD_BIN SARIF_MULTITOOL (binary '$BIN' is not executable)" >&2
	exit 1
fi
if [ -z "$MT" ] || [ ! -f "$MT" ] || [ ! -x "$MT" ]; then
	echo "sarif_validate: SKIP: SARIF Multitool '$MT' is not executable; run tests/install-sarif-multitool.sh" >&2
	exit 77
fi
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
case $MT in /*) ;; *) MT=$(pwd)/$MT ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fg-sarif.XXXXXX") || exit 1
if [ -n "${SARIF_VALIDATE_KEEP:-}" ]; then
	echo "sarif_validate: keeping $tmp" >&2
else
	trap 'rm -rf "$tmp"' EXIT
	trap 'exit 1' HUP INT TERM
fi
repo=$tmp/repo
mkdir -p "$repo/app" "$repo/docs" || exit 1

# A sensitive value sent to a Claude-on-Foundry client (a flow with steps,
# so the result carries codeFlows).
cat >"$repo/app/intake.py" <<'EOF'
from anthropic import AnthropicFoundry

client = AnthropicFoundry()


def summarize(user):
    note = f"SSN {user.ssn}"
    client.messages.create(model="m", max_tokens=10, messages=[{"role": "user", "content": note}])


def direct(user):
    client = AnthropicFoundry(); client.messages.create(model="m", max_tokens=10, messages=[{"role":"user","content": f"SSN {user.ssn}"}])
EOF
# The same request in a top-level file whose name has a ':' (the URI must
# stay a relative reference, not read as scheme "v:") and whose source is
# not UTF-8 (Latin-1 bytes on the reported line; the JSON must still be).
{
	printf 'from anthropic import AnthropicFoundry\n'
	printf 'client = AnthropicFoundry()\n'
	printf 'def f(user):\n'
	printf '    client.messages.create(model="m", max_tokens=10, messages=[{"role":"user","content": f"Caf\351 SSN {user.ssn}"}])  # d\351j\340 vu\n'
} >"$repo/v:1 legacy.py"
# A file nested deeper than the analysis follows: a toolExecutionNotification.
{
	printf 'from anthropic import AnthropicFoundry\nclient = AnthropicFoundry()\nx = '
	i=0
	while [ $i -lt 2100 ]; do printf '['; i=$((i + 1)); done
	i=0
	while [ $i -lt 2100 ]; do printf ']'; i=$((i + 1)); done
	printf '\n'
} >"$repo/app/deep.py"
cat >"$repo/docs/privacy.md" <<'EOF'
# Privacy

Azure zero data retention covers Claude on Foundry, so prompts are never stored.
EOF

git_q() { git -C "$repo" -c user.name=foundry-guard-test -c user.email=test@example.invalid \
	-c commit.gpgsign=false -c core.hooksPath=/dev/null "$@"; }
if ! { git_q init -q && git_q add -A && git_q commit -q -m fixture; }; then
	echo "sarif_validate: FAIL: could not create the fixture git repository" >&2
	exit 1
fi

sarif=$tmp/report.sarif
"$BIN" scan "$repo" --format sarif --output "$sarif" >"$tmp/scan.out" 2>&1
rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
	echo "sarif_validate: FAIL: foundry-guard scan exited $rc:" >&2
	cat "$tmp/scan.out" >&2
	exit 1
fi
if [ ! -s "$sarif" ]; then
	echo "sarif_validate: FAIL: foundry-guard wrote no SARIF to $sarif" >&2
	exit 1
fi

fail=0
# The fixture must have produced what we mean to validate.
for want in '"ruleId": "sensitive-data/' '"ruleId": "zdr-claim/' '"codeFlows"' '"partialFingerprints"' \
	'"primaryLocationLineHash"' '"security-severity"' '"markdown"' '"uri": "v%3A1%20legacy.py"' \
	'"toolExecutionNotifications"' '"helpUri": "https://github.com/foundry-guard/foundry-guard#sensitive-data"'; do
	if ! grep -q "$want" "$sarif"; then
		echo "sarif_validate: FAIL: the SARIF report has no $want" >&2
		fail=1
	fi
done
if command -v iconv >/dev/null 2>&1 && ! iconv -f UTF-8 -t UTF-8 "$sarif" >/dev/null 2>&1; then
	echo "sarif_validate: FAIL: the SARIF report is not valid UTF-8" >&2
	fail=1
fi

out=$tmp/validate.out
"$MT" validate --rule-kind "Gh;Sarif" --level "Error;Warning;Note" "$sarif" >"$out" 2>&1
vrc=$?

errors=$(grep -c ': error ' "$out")
warnings=$(grep -c ': warning ' "$out")
notes=$(grep -c ': note ' "$out")

if [ "$vrc" -ne 0 ] || grep -q '^ERROR(S):' "$out"; then
	echo "sarif_validate: FAIL: the validator exited $vrc" >&2
	fail=1
fi
if [ "$errors" -ne 0 ]; then
	echo "sarif_validate: FAIL: the validator reports $errors error(s):" >&2
	grep ': error ' "$out" >&2
	fail=1
fi
if ! grep -q 'Analysis completed successfully' "$out"; then
	echo "sarif_validate: FAIL: the validator did not complete its analysis" >&2
	fail=1
elif [ $((errors + warnings + notes)) -eq 0 ]; then
	echo "sarif_validate: FAIL: the validator reported nothing, not even notes: it could not load the log" >&2
	fail=1
fi

if [ "$fail" -ne 0 ]; then
	echo "sarif_validate: validator output (notes left out):" >&2
	grep -v ': note ' "$out" >&2
	echo "sarif_validate: set SARIF_VALIDATE_KEEP=1 to keep the fixture and $sarif" >&2
	exit 1
fi
if [ "$warnings" -ne 0 ]; then
	echo "sarif_validate: note: $warnings validator warning(s):" >&2
	grep ': warning ' "$out" >&2
fi
echo "sarif_validate: ok: 0 errors, $warnings warnings, $notes notes"
exit 0
