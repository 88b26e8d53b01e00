#!/bin/sh
# release/deb-src.sh [APT_DIR]
#
# `make static` builds libgit2 from the distribution's source package, and
# `apt-get source` needs source lines, which Debian and Ubuntu images leave
# out. When apt knows no libgit2 source, this adds a deb-src twin of every
# deb822 .sources file (Types: deb -> deb-src) and of every "deb" line of
# sources.list, in files of their own (APT_DIR/sources.list.d/*-src.*),
# then runs apt-get update. APT_DIR defaults to /etc/apt; with another one
# (tests) only the files are written.
set -eu
apt_dir=${1:-/etc/apt}
if [ "$apt_dir" = /etc/apt ] && apt-cache showsrc libgit2 2>/dev/null | grep -q '^Version:'; then
	exit 0
fi
d="$apt_dir/sources.list.d"
mkdir -p "$d"
for f in "$d"/*.sources; do
	case $f in *-src.sources | *"/*.sources") continue ;; esac
	sed 's/^Types:[ 	]*deb[ 	]*$/Types: deb-src/' "$f" >"${f%.sources}-src.sources"
done
for f in "$apt_dir/sources.list" "$d"/*.list; do
	case $f in *-src.list | *"/*.list") continue ;; esac
	[ -f "$f" ] || continue
	lines=$(sed -n 's/^[ 	]*deb[ 	]/deb-src /p' "$f")
	[ -z "$lines" ] || printf '%s\n' "$lines" >"$d/$(basename "${f%.list}")-src.list"
done
[ "$apt_dir" != /etc/apt ] || apt-get update -qq
