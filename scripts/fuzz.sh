#!/usr/bin/env bash
# The fuzz command: scripts/fuzz.sh [seconds per target] [target ...]
# Runs each cargo-fuzz target (nightly, libFuzzer) from the checked-in seeds in fuzz/seeds and
# a growing corpus in fuzz/corpus (not checked in). A crash stops the run and is saved under
# fuzz/artifacts/<target>/; turn it into a regression test in tests/suite before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
secs=${1:-60}
shift || true
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cd fuzz && cargo +nightly fuzz list)
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/seeds/$t"
  echo "[fuzz] $t for ${secs}s"
  log=$(mktemp)
  status=0
  cargo +nightly fuzz run --fuzz-dir fuzz "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
    -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -timeout=10 -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E '^(#[0-9]+\s+DONE|stat::number_of_executed_units|SUMMARY)' "$log" || true
  if [ "$status" -ne 0 ]; then
    grep -E '^error(\[E[0-9]+\])?:|panicked|ERROR|SUMMARY|Test unit written' -A3 "$log" | head -n 30
    echo "[fuzz] $t FAILED (exit $status): the input is saved under fuzz/artifacts/$t/" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
done
