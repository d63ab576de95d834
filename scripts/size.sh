#!/usr/bin/env bash
# The size command (a report, not a test): what each capability adds to the .wasm.
# Builds the web target once per feature set exactly as scripts/build.sh does (release
# profile, wasm-bindgen, binaryen wasm-opt from npm), then prints raw and gzip -9 bytes.
# Builds run one after another: this machine has two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

opt_flags=$(awk -F'[][]' '/^wasm-opt = \[/{print $2}' Cargo.toml | tr -d '",')
out=target/size
rm -rf "$out" && mkdir -p "$out"
wasm=target/wasm32-unknown-unknown/release/hall_rules.wasm
lite_gz=0

measure() {
  local label=$1 features=$2 dir="$out/$1" raw gz
  cargo build --release --target wasm32-unknown-unknown --quiet --no-default-features ${features:+--features "$features"}
  wasm-bindgen --target web --out-dir "$dir" "$wasm"
  # shellcheck disable=SC2086
  wasm-opt $opt_flags "$dir/hall_rules_bg.wasm" -o "$dir/hall_rules_bg.wasm"
  raw=$(stat -c %s "$dir/hall_rules_bg.wasm")
  gz=$(gzip -9 -c "$dir/hall_rules_bg.wasm" | wc -c)
  [ "$label" = lite ] && lite_gz=$gz
  printf '%-34s %9d %9d %+9d\n' "$label" "$raw" "$gz" "$((gz - lite_gz))"
}

printf '%-34s %9s %9s %9s\n' "build (features)" "raw" "gzip" "vs lite"
measure lite ""
measure "lite + validation" validation
measure "lite + conduct" conduct
measure "lite + supervision" supervision
measure "whole engine (default)" "validation,conduct,supervision"
