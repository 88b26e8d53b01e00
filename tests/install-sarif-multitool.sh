#!/bin/sh
# install-sarif-multitool.sh - install Microsoft's SARIF Multitool (pinned)
# into build/tools/sarif-multitool and print the path of its binary.
#
# Usage: tests/install-sarif-multitool.sh
# Idempotent: when the pinned version is already installed and runs, it only
# prints the path.  Needs npm (the npm registry) for the first install.
# Messages go to stderr; stdout is only the binary's path, so callers can do
#   MT=$(tests/install-sarif-multitool.sh) && tests/cli/sarif_validate.sh build/foundry-guard "$MT"
set -eu

PKG=@microsoft/sarif-multitool-linux
VERSION=5.7.0

root=$(cd "$(dirname "$0")/.." && pwd)
prefix="$root/build/tools/sarif-multitool"
bin="$prefix/node_modules/$PKG/Sarif.Multitool"

installed_version() {
	[ -f "$prefix/node_modules/$PKG/package.json" ] || return 0
	sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' \
		"$prefix/node_modules/$PKG/package.json" | head -n 1
}

if [ "$(installed_version)" != "$VERSION" ] || [ ! -f "$bin" ]; then
	if ! command -v npm >/dev/null 2>&1; then
		echo "install-sarif-multitool: npm is not installed; install Node.js/npm first" >&2
		exit 1
	fi
	mkdir -p "$prefix"
	echo "install-sarif-multitool: installing $PKG@$VERSION into $prefix" >&2
	# --ignore-scripts: the package's only script is "chmod u+x", done below.
	npm install --prefix "$prefix" --no-audit --no-fund --ignore-scripts \
		--save-exact "$PKG@$VERSION" >&2
fi

if [ ! -f "$bin" ]; then
	echo "install-sarif-multitool: $bin is missing after npm install" >&2
	exit 1
fi
[ -x "$bin" ] || chmod u+x "$bin"

if ! "$bin" --version >/dev/null 2>&1; then
	echo "install-sarif-multitool: $bin does not run on this machine (it is a self-contained linux-x64 .NET binary)" >&2
	exit 1
fi

echo "$bin"
