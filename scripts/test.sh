#!/usr/bin/env bash
# Quick start: install what is missing, build (preset dev: build/, warnings as errors) and run the
# whole test suite (test preset dev: offscreen, output on failure, no tests found is an error).
# Arguments go to the configure step; CI passes -DUNKNOT_TESTS_MAY_SKIP=OFF.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh "$@"
ctest --preset dev --parallel "$(nproc)"
