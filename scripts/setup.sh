#!/usr/bin/env bash
# Installs what is missing, and nothing that is already there: the wasm32 target, the
# wasm-bindgen CLI matching Cargo.lock, wasm-pack, the npm tools (binaryen's wasm-opt,
# TypeScript, playwright-core, chinese-days) and, with --browser, Chromium, chromedriver and a
# CJK font (fonts-noto-cjk).
# A warm re-run takes seconds. Never installs Debian's binaryen: it corrupts wasm-bindgen output.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1
say() { printf '[setup] %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

[ -f Cargo.lock ] || cargo generate-lockfile
bindgen_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  # Not --locked: one of its locked dependency versions is missing from the registry.
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --force
fi

if ! wasm-pack --version 2>/dev/null | grep -q '0.15.1'; then
  say "installing wasm-pack 0.15.1 (a few minutes, once)"
  cargo install wasm-pack --version =0.15.1 --locked --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/tsc ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

if [ "$want_browser" = 1 ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  say "installing Chromium and chromedriver from Debian"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

# The screenshots and the demo show Chinese: without a CJK font every character is a box.
if [ "$want_browser" = 1 ] && [ -z "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; then
  say "installing a CJK font from Debian (fonts-noto-cjk)"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends fonts-noto-cjk fontconfig
fi
say "ready"
