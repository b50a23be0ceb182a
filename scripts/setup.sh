#!/usr/bin/env bash
# Sets up a fresh Debian machine for Halide Lens: the Halide 14 toolchain, npm packages, a build.
# Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Debian packages: the real Halide 14 toolchain and a C++ compiler to build generators with; for the
# end-to-end test, Chromium, and what code-server needs offline (ripgrep, Kerberos headers and make
# to build its native modules); Neovim (0.7) for test/neovim/ and editors/neovim/.
PACKAGES=(libhalide14-0-dev g++ make chromium ripgrep libkrb5-dev neovim)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages exactly as locked; .npmrc keeps onnxruntime-node from downloading GPU binaries.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run --silent build
# code-server (the real VS Code) for the end-to-end test, in its own prefix .cache/code-server/.
bash scripts/install-code-server.sh
echo "setup: done"
