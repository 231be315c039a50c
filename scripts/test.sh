#!/usr/bin/env bash
# Quick start: install what is missing, build with warnings as errors, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
UNKNOT_BUILD_DIR=${UNKNOT_BUILD_DIR:-build} scripts/build.sh -DUNKNOT_WERROR=ON -DUNKNOT_BUILD_TESTS=ON
cd "${UNKNOT_BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --no-tests=error --output-on-failure --timeout 600 --parallel "$(nproc)"
