#!/bin/sh
# fetch-grammar.sh NAME VERSION INTEGRITY DESTDIR
#
# Downloads the npm tarball NAME@VERSION with `npm pack` (the npm cache is
# used when it already holds it), checks that "sha512-" + base64(SHA-512 of
# the tarball) equals INTEGRITY (a line of parser/grammars.lock), and only
# then unpacks it into DESTDIR (the tarball's package/ prefix is stripped).
# The unpacking goes to a temporary directory beside DESTDIR that is renamed
# into place, so DESTDIR is either the old tree or the complete new one.
# FG_GRAMMAR_TARBALL=FILE checks and unpacks FILE instead of running
# `npm pack` (make dist packs every grammar with one npm call).
# Every src/parser.c in the package must be tree-sitter ABI 13 or 14
# (#define LANGUAGE_VERSION), the range Debian 12's libtree-sitter loads.
set -eu

prog=foundry-guard

if [ "$#" -ne 4 ]; then
    echo "usage: $0 NAME VERSION INTEGRITY DESTDIR" >&2
    exit 2
fi
name=$1
version=$2
integrity=$3
destdir=${4%/}
what="grammar $name@$version"

die() {
    echo "$prog: $what: $*" >&2
    exit 1
}

case $integrity in
    sha512-?*) ;;
    *) die "integrity '$integrity' is not of the form sha512-BASE64" ;;
esac
[ -n "${FG_GRAMMAR_TARBALL:-}" ] || command -v npm >/dev/null 2>&1 || die "npm is not installed (apt-get install npm)"
[ -n "$destdir" ] || die "empty DESTDIR"

tmp=
tmpdest=
cleanup() {
    [ -z "$tmp" ] || rm -rf "$tmp"
    [ -z "$tmpdest" ] || rm -rf "$tmpdest"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fg-grammar.XXXXXX")
mkdir "$tmp/pack"

# --prefer-offline: a pinned version's tarball never changes, so a cached
# copy is used without asking the registry (works offline once cached).
if [ -n "${FG_GRAMMAR_TARBALL:-}" ]; then
    cp "$FG_GRAMMAR_TARBALL" "$tmp/pack/" || die "cannot read $FG_GRAMMAR_TARBALL"
elif ! npm pack "$name@$version" --pack-destination "$tmp/pack" \
        --prefer-offline --ignore-scripts --loglevel=error \
        >"$tmp/npm.out" 2>"$tmp/npm.err"; then
    cat "$tmp/npm.err" >&2
    die "npm pack failed"
fi
set -- "$tmp"/pack/*.tgz
if [ "$#" -ne 1 ] || [ ! -f "$1" ]; then
    die "npm pack did not produce exactly one tarball"
fi
tarball=$1

sha512_base64() {
    if command -v openssl >/dev/null 2>&1; then
        openssl dgst -sha512 -binary "$1" | base64 | tr -d '\n'
    else
        # node is always present where npm is.
        node -e 'process.stdout.write(require("crypto").createHash("sha512")
            .update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$1"
    fi
}
actual="sha512-$(sha512_base64 "$tarball")"
if [ "$actual" != "$integrity" ]; then
    die "sha512 mismatch (expected $integrity, got $actual); the tarball was not used"
fi

mkdir -p "$(dirname "$destdir")"
tmpdest=$(mktemp -d "$destdir.tmp.XXXXXX")
# -m: files get the extraction time, not the tarball's 1985 timestamps.
tar -xzf "$tarball" -C "$tmpdest" --strip-components=1 \
    --no-same-owner --no-same-permissions -m --exclude='*/prebuilds' --exclude='*.wasm'

parsers=$(cd "$tmpdest" && find . -path '*/src/parser.c' -type f | sed 's|^\./||' | sort)
[ -n "$parsers" ] || die "no src/parser.c in the package"
for f in $parsers; do
    abi=$(sed -n 's/^#define LANGUAGE_VERSION[ 	]*\([0-9][0-9]*\).*/\1/p' "$tmpdest/$f")
    case $abi in
        13|14) ;;
        *) die "$f has LANGUAGE_VERSION '${abi:-none}', but libtree-sitter 0.20 loads only ABI 13-14; the package was not used" ;;
    esac
done

chmod 755 "$tmpdest"
rm -rf "$destdir"
mv "$tmpdest" "$destdir"
tmpdest=
