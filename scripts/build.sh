#!/usr/bin/env bash
# Builds the npm package's three targets (web, nodejs, no-modules) with wasm-pack and
# binaryen's wasm-opt from npm, copies the package's ES entry and web build into www/pkg for the demo, prints the
# release .wasm size, and fails above the gzip budget set in Cargo.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

for target in web nodejs no-modules; do
  wasm-pack build --release --target "$target" --out-dir "pkg/$target" --no-pack --quiet
  rm -f "pkg/$target/.gitignore"
done
# The lite build: calendar and deadlines only, for pages that just decorate a case table.
wasm-pack build --release --target web --out-dir pkg/lite --no-pack --quiet -- --no-default-features
rm -f pkg/lite/.gitignore
# The package is "type": "module"; the nodejs build is CommonJS and says so for its folder.
echo '{ "type": "commonjs" }' > pkg/nodejs/package.json

size_check() {
  local wasm=$1 key=$2 raw gz budget
  raw=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  budget=$(awk -F' *= *' -v k="$key" '$1 == k {print $2}' Cargo.toml)
  printf '[build] %s: %d bytes raw, %d bytes gzip (budget %d)\n' "$wasm" "$raw" "$gz" "$budget"
  if [ "$gz" -gt "$budget" ]; then
    echo "[build] FAIL: the gzip size exceeds $key in Cargo.toml" >&2
    return 1
  fi
}
size_check pkg/web/hall_rules_bg.wasm gzip-budget-bytes
size_check pkg/lite/hall_rules_bg.wasm lite-gzip-budget-bytes
node scripts/assemble-package.mjs
# The demo is a user of the package: it imports the package's ES entry, so www/pkg holds the
# entry and what it loads, as the package lays them out (after the glue additions).
rm -rf www/pkg && mkdir -p www/pkg/web
cp pkg/index.js pkg/load-wasm.js pkg/decorate.js pkg/worker-client.js pkg/old-names.js pkg/worker.js www/pkg/
cp pkg/web/hall_rules.js pkg/web/hall_rules_bg.wasm www/pkg/web/
