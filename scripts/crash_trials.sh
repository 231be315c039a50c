#!/usr/bin/env bash
# Crash trials: kills the real app with SIGKILL at random moments of a time-scaled session N times
# (default 20) and prints the corrupt databases, lost committed steps and sessions marked
# interrupted (expected 0 / 0 / all; tests/scripts/crash_trials.py says how each is counted).
# Each trial takes about 8 s. Uses the dev build (build/), building it when it is missing.
#   scripts/crash_trials.sh [N] [SEED]
#   UNKNOT=path/to/unknot scripts/crash_trials.sh N    runs that binary instead
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20}
unknot=${UNKNOT:-build/src/app/unknot}
if [ ! -x "$unknot" ]; then
  scripts/build.sh
fi
exec python3 tests/scripts/crash_trials.py "$unknot" "$count" ${2:+"$2"}
