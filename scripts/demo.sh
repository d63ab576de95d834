#!/usr/bin/env bash
# The demo command: installs what is missing, builds the package, serves www/ on 127.0.0.1.
# A second run with nothing changed starts in seconds: the build is skipped when the sources
# it is made from (src/, pkg-templates/, Cargo.toml, Cargo.lock and the build scripts) hash to
# what the last demo build recorded in target/demo-build.stamp.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
sources_hash() {
  find src pkg-templates Cargo.toml Cargo.lock scripts/build.sh scripts/assemble-package.mjs -type f -print0 \
    | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
stamp=target/demo-build.stamp
want=$(sources_hash)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f pkg/web/hall_rules_bg.wasm ] && [ -f www/pkg/web/hall_rules_bg.wasm ] && [ -f www/pkg-classic/loader.js ]; then
  echo "[demo] the package is up to date with its sources: not rebuilt (delete $stamp to force a build)"
else
  ./scripts/build.sh
  mkdir -p target && echo "$want" > "$stamp"
fi
[ -f www/sample-hall.json ] || node scripts/gen-sample-hall.mjs
exec node scripts/serve.mjs "${PORT:-8080}"
