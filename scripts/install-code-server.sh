#!/usr/bin/env bash
# Installs code-server (the real VS Code, served to a browser) into .cache/code-server/ for the
# end-to-end test. Not a project dependency: it lives in its own npm prefix, gitignored.
#
# Offline-safe: only the npm and Debian registries are needed. code-server's own postinstall runs
# `npm install` in lib/vscode, where @vscode/ripgrep downloads a binary from the internet and
# native modules try prebuilt downloads first; both fail without internet access. So we do the
# postinstall's steps ourselves: install with scripts off, link Debian's ripgrep where
# @vscode/ripgrep expects its download (its postinstall then has nothing to fetch), and rebuild the
# native modules from source (kerberos needs libkrb5-dev, installed by scripts/setup.sh).
# Safe to run again: it does nothing when the installed version matches.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="4.100.3"
PREFIX="$PWD/.cache/code-server"
PKG="$PREFIX/lib/node_modules/code-server"
STAMP="$PREFIX/.installed-$VERSION"

if [ -f "$STAMP" ] && [ -x "$PREFIX/bin/code-server" ]; then
  echo "install-code-server: code-server $VERSION already installed in $PREFIX"
  exit 0
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" != "20" ]; then
  echo "install-code-server: code-server $VERSION needs Node 20, found $(node --version)" >&2
  exit 1
fi
RG="$(command -v rg || true)"
if [ -z "$RG" ]; then
  echo "install-code-server: Debian's ripgrep (rg) is missing; run scripts/setup.sh" >&2
  exit 1
fi

export npm_config_unsafe_perm=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
echo "install-code-server: code-server@$VERSION into $PREFIX"
npm install -g --prefix "$PREFIX" --ignore-scripts --loglevel=error "code-server@$VERSION"

# code-server's own native module (argon2, for password auth): its download fails, so it builds.
(cd "$PKG" && npm rebuild argon2 --loglevel=error >"$PREFIX/rebuild-argon2.log" 2>&1) || {
  echo "install-code-server: building argon2 failed; see $PREFIX/rebuild-argon2.log" >&2
  tail -20 "$PREFIX/rebuild-argon2.log" >&2
  exit 1
}

# The steps of code-server's postinstall.sh, offline.
cd "$PKG/lib/vscode"
npm install --omit=dev --ignore-scripts --loglevel=error
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$RG" node_modules/@vscode/ripgrep/bin/rg
# Runs every package's install scripts: node-gyp builds (prebuild-install finds no network and falls
# back to building; node-pty's postinstall runs `npx node-gyp`, fetched from npm), and ripgrep's
# postinstall, which sees bin/ and exits.
npm_config_yes=true npm rebuild --loglevel=error >"$PREFIX/rebuild.log" 2>&1 || {
  echo "install-code-server: building code-server's native modules failed; last lines of $PREFIX/rebuild.log:" >&2
  tail -40 "$PREFIX/rebuild.log" >&2
  exit 1
}
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
cd extensions
npm install --omit=dev --ignore-scripts --loglevel=error
node ./postinstall.mjs >/dev/null

"$PREFIX/bin/code-server" --version >/dev/null
touch "$STAMP"
echo "install-code-server: done ($("$PREFIX/bin/code-server" --version | head -1))"
