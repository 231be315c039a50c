#!/usr/bin/env bash
# Quick start: install what is missing, build, and run Unknot. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh >/dev/null
exec "${UNKNOT_BUILD_DIR:-build}/src/app/unknot" "$@"
