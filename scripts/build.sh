#!/usr/bin/env bash
# Configures and builds Unknot with a preset of CMakePresets.json: dev by default (build/, tests,
# warnings as errors), or the one named first. Other arguments go to the configure step.
#   scripts/build.sh [--preset dev|release|asan-ubsan|fuzz|bench] [-DVAR=VALUE...]
#   UNKNOT_BUILD_DIR=DIR builds in DIR instead of the preset's folder.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=dev
if [ "${1:-}" = --preset ]; then preset=$2; shift 2; fi
if [ -n "${UNKNOT_BUILD_DIR:-}" ]; then
  cmake --preset "$preset" -B "$UNKNOT_BUILD_DIR" "$@"
  cmake --build "$UNKNOT_BUILD_DIR" --parallel "$(nproc)"
else
  cmake --preset "$preset" "$@"
  cmake --build --preset "$preset" --parallel "$(nproc)"
fi
