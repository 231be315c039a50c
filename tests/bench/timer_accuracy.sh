#!/usr/bin/env bash
# Plays a routine with a 60 s hold in real time through the real player and prints how late each
# phase boundary and cue was, and the CPU used. Takes about two minutes.
#   tests/bench/timer_accuracy.sh [BUILD_DIR] [HOLD_SECONDS]
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build-bench}
cmake -S "$src" -B "$build" -G Ninja -DUNKNOT_BUILD_BENCH=ON -DUNKNOT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target timer_accuracy
"$build/tests/bench/timer_accuracy" "${2:-60}"
