#!/usr/bin/env bash
# The demo command: installs what is missing, builds the package, serves www/ on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
[ -f www/sample-hall.json ] || node scripts/gen-sample-hall.mjs
exec node scripts/serve.mjs "${PORT:-8080}"
