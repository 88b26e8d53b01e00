#!/bin/sh
# release/dist.sh source VERSION OUTDIR
# release/dist.sh binary VERSION OUTDIR STATIC_BIN MAN_PAGE
#
# source: OUTDIR/foundry-guard-VERSION.tar.gz, the tracked files of this
#   checkout plus vendor/grammars/: the C sources (*.c, *.h) and licences of
#   the grammar packages pinned by parser/grammars.lock, each fetched and
#   checked against its sha512 integrity by parser/fetch-grammar.sh, with a
#   SHA256SUMS file that the tarball's build checks. A build from it needs a
#   C compiler and the Debian -dev packages: no npm, no network.
# binary: OUTDIR/foundry-guard-VERSION-linux-ARCH.tar.gz with the static
#   binary, the man page, LICENSE, README.md and CHANGELOG.md.
# Both write OUTDIR/SHA256SUMS for the tarballs present.
#
# Reproducible: names sorted, owner root, modes normalised, every mtime the
# last commit's time, gzip without a name or time stamp. The same commit
# (and the same lock) gives the same bytes.
set -eu

prog=foundry-guard
die() {
	echo "$prog: make dist: $*" >&2
	exit 2
}

[ $# -ge 3 ] || die "usage: $0 source|binary VERSION OUTDIR [STATIC_BIN MAN_PAGE]"
kind=$1 version=$2 outdir=$3
case $version in
	*[!0-9A-Za-z.+~-]* | "") die "VERSION '$version' is not a version string" ;;
esac
git rev-parse --is-inside-work-tree >/dev/null 2>&1 ||
	die "needs a git checkout (the tarball holds the files git tracks)"
epoch=$(git log -1 --format=%ct 2>/dev/null) || die "the repository has no commit"
[ -z "$(git status --porcelain --untracked-files=no)" ] ||
	echo "$prog: make dist: warning: the tarball holds uncommitted changes of tracked files" >&2

mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
stage=$(mktemp -d "${TMPDIR:-/tmp}/fg-dist.XXXXXX")
trap 'rm -rf "$stage"' EXIT
trap 'exit 1' HUP INT TERM

# tar_dir DIR NAME OUT: DIR/NAME as a reproducible .tar.gz.
tar_dir() {
	tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
		--mode='u+rwX,go+rX,go-w' --format=gnu -C "$1" -cf - "$2" | gzip -9n >"$3.tmp"
	mv "$3.tmp" "$3"
}

sums() {
	(cd "$outdir" && find . -maxdepth 1 -name "foundry-guard-$version*.tar.gz" -type f |
		sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum >SHA256SUMS.tmp && mv SHA256SUMS.tmp SHA256SUMS)
}

case $kind in
source)
	top="foundry-guard-$version"
	mkdir "$stage/$top"
	# The tracked files, as they are in the working tree.
	git ls-files -z | (cd "$(git rev-parse --show-toplevel)" && xargs -0 cp -P --parents -t "$stage/$top")
	# The pinned grammars: fetched and verified, only what the build reads.
	vendor="$stage/$top/vendor/grammars"
	mkdir -p "$vendor"
	# One npm call for every pinned package; fetch-grammar.sh checks each
	# tarball against the lock's integrity before it is unpacked.
	mkdir "$stage/pack"
	awk '!/^#/ && NF == 3 { print $1 "@" $2 }' parser/grammars.lock |
		xargs npm pack --pack-destination "$stage/pack" --prefer-offline --ignore-scripts --loglevel=error \
			>/dev/null || die "npm pack failed (npm and the registry, or its npm cache, are needed to make the tarball)"
	awk '!/^#/ && NF == 3 { print $1, $2, $3 }' parser/grammars.lock | while read -r name ver integrity; do
		FG_GRAMMAR_TARBALL="$stage/pack/$name-$ver.tgz" \
			sh parser/fetch-grammar.sh "$name" "$ver" "$integrity" "$stage/unpack/$name-$ver" ||
			die "$name@$ver does not match parser/grammars.lock"
		mkdir -p "$vendor/$name-$ver"
		(cd "$stage/unpack/$name-$ver" && find . -type f \( -name '*.c' -o -name '*.h' -o -name 'LICENSE*' \) \
			! -path './bindings/*' -print0 | xargs -0 cp --parents -t "$vendor/$name-$ver")
		[ -f "$vendor/$name-$ver/LICENSE" ] || die "$name@$ver has no LICENSE file to ship with its sources"
	done
	cat >"$vendor/README" <<EOF
Tree-sitter grammar sources for foundry-guard $version, copied by \`make dist\`
from the npm packages pinned in parser/grammars.lock after their sha512
integrity was checked (parser/fetch-grammar.sh). Only the C sources and the
licences are kept. The build (parser/grammars.mk) uses them instead of npm
and checks every file against SHA256SUMS first. Each grammar is under its
own licence (the LICENSE file in its folder).
EOF
	(cd "$vendor" && find . -type f ! -name SHA256SUMS ! -name README | LC_ALL=C sort | xargs sha256sum >SHA256SUMS)
	tar_dir "$stage" "$top" "$outdir/$top.tar.gz"
	sums
	echo "$outdir/$top.tar.gz"
	;;
binary)
	[ $# -eq 5 ] || die "usage: $0 binary VERSION OUTDIR STATIC_BIN MAN_PAGE"
	bin=$4 man=$5
	arch=$(uname -m)
	top="foundry-guard-$version-linux-$arch"
	"$bin" --version | grep -qx "foundry-guard $version" || die "$bin is not foundry-guard $version"
	mkdir -p "$stage/$top/man/man1"
	cp "$bin" "$stage/$top/foundry-guard"
	cp "$man" "$stage/$top/man/man1/foundry-guard.1"
	cp LICENSE README.md CHANGELOG.md "$stage/$top/"
	tar_dir "$stage" "$top" "$outdir/$top.tar.gz"
	sums
	echo "$outdir/$top.tar.gz"
	;;
*) die "unknown kind '$kind' (source or binary)" ;;
esac
