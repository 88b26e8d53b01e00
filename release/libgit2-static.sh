#!/bin/sh
# release/libgit2-static.sh PREFIX
#
# A static libgit2 for `make static`, installed under PREFIX (lib/libgit2.a,
# include/). Debian's own libgit2.a cannot be linked statically: it calls
# GSSAPI (SPNEGO authentication for HTTPS remotes), and Debian ships krb5 only
# as shared libraries. foundry-guard reads local repositories and never talks
# to a remote, so libgit2 is built from the distribution's source package
# (`apt-get source libgit2`, the version of the installed libgit2-dev, with
# Debian's patches applied) with the network transports off: no HTTPS, SSH,
# GSSAPI or NTLM. Regular expressions use the system PCRE2, and zlib and
# http-parser are Debian's static archives.
#
# LIBGIT2_DSC=path/to/libgit2_*.dsc uses an already downloaded source package.
# Needs cmake and dpkg-dev, and deb-src lines in the APT sources (release/deb-src.sh) unless
# LIBGIT2_DSC is given.
set -eu
prog=foundry-guard
die() {
	echo "$prog: make static: $*" >&2
	exit 2
}
[ $# -eq 1 ] || die "usage: $0 PREFIX"
prefix=$1
command -v cmake >/dev/null 2>&1 || die "cmake is needed to build libgit2 (apt-get install cmake)"
command -v dpkg-source >/dev/null 2>&1 || die "dpkg-source is needed (apt-get install dpkg-dev)"

work="$prefix.work"
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
if [ -n "${LIBGIT2_DSC:-}" ]; then
	[ -f "$LIBGIT2_DSC" ] || die "LIBGIT2_DSC=$LIBGIT2_DSC does not exist"
	dsc=$(cd "$(dirname "$LIBGIT2_DSC")" && pwd)/$(basename "$LIBGIT2_DSC")
else
	ver=$(dpkg-query -W -f='${source:Version}' libgit2-dev 2>/dev/null) ||
		die "libgit2-dev is not installed (apt-get install libgit2-dev)"
	# The installed version's source; if the archive no longer (or not yet)
	# serves it, the newest source of the same upstream version, said loudly.
	upstream=${ver%-*}
	got=""
	for v in $ver $(apt-cache showsrc libgit2 2>/dev/null | sed -n 's/^Version: //p' | grep -vxF "$ver" | sort -r -V); do
		[ "${v%-*}" = "$upstream" ] || continue
		if (cd "$work" && apt-get source --download-only -qq "libgit2=$v" >>"$work/apt.log" 2>&1); then
			got=$v
			break
		fi
	done
	[ -n "$got" ] || cat "$work/apt.log" >&2
	[ -n "$got" ] || die "apt-get source libgit2=$ver failed: add source lines to APT (sh release/deb-src.sh does), or set LIBGIT2_DSC=path/to/libgit2_$ver.dsc"
	[ "$got" = "$ver" ] ||
		echo "$prog: make static: warning: the source of the installed libgit2 $ver cannot be downloaded; building $got (same upstream version; Debian's patches may differ)" >&2
	dsc=$(ls "$work"/libgit2_*.dsc)
fi
# dpkg-source checks the checksums the .dsc lists (and its signature when
# a keyring is there) and applies Debian's patches.
dpkg-source -x "$dsc" "$work/src" >"$work/dpkg-source.log" 2>&1 || {
	cat "$work/dpkg-source.log" >&2
	die "dpkg-source -x $dsc failed"
}
echo "$prog: building a static libgit2 from $(basename "$dsc") (once; kept in $prefix)" >&2
mkdir -p "$work/build"
(cd "$work/build" && cmake ../src -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$(cd .. && pwd)/install" \
	-DCMAKE_INSTALL_LIBDIR=lib -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTS=OFF -DBUILD_CLI=OFF \
	-DBUILD_EXAMPLES=OFF -DUSE_SSH=OFF -DUSE_HTTPS=OFF -DUSE_GSSAPI=OFF -DUSE_NTLMCLIENT=OFF \
	-DREGEX_BACKEND=pcre2 -DUSE_HTTP_PARSER=system -DUSE_BUNDLED_ZLIB=OFF \
	-DUSE_SHA1=CollisionDetection -DUSE_SHA256=Builtin >"$work/cmake.log" 2>&1 &&
	make -s -j"${JOBS:-2}" >"$work/make.log" 2>&1 && make -s install >>"$work/make.log" 2>&1) || {
	tail -n 30 "$work/cmake.log" "$work/make.log" >&2
	die "building libgit2 failed (logs in $work)"
}
rm -rf "$prefix"
mv "$work/install" "$prefix"
rm -rf "$work"
[ -f "$prefix/lib/libgit2.a" ] || die "no $prefix/lib/libgit2.a after the build"
