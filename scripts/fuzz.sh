#!/usr/bin/env bash
# Builds the routine fuzzer (preset fuzz: clang, libFuzzer + ASan + UBSan, core only, in
# build-fuzz/) and runs it for SECONDS (default 60), seeded with routines/*.json and tests/data/good
# and bad. Any crash, leak, sanitizer report, broken invariant or slow input fails; the input is
# kept in BUILD/fuzz-artifacts/.
#   scripts/fuzz.sh [SECONDS]
# Reproduce a finding: BUILD/tests/fuzz/routine_fuzzer BUILD/fuzz-artifacts/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build-fuzz # the fuzz preset's folder
scripts/deps.sh
# Warnings are the GCC build's gate (scripts/test.sh); clang's own extra ones must not stop fuzzing.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"

seeds=$build/fuzz-seeds corpus=$build/fuzz-corpus artifacts=$build/fuzz-artifacts
rm -rf "$seeds" && mkdir -p "$seeds" "$corpus" "$artifacts"
cp routines/*.json "$seeds/"
for kind in good bad; do
  for f in tests/data/$kind/*.json; do cp "$f" "$seeds/$kind-$(basename "$f")"; done
done
# The corpus grows across local runs; the seeds are read fresh each time.
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$build/tests/fuzz/routine_fuzzer" -max_total_time="$seconds" -max_len=131072 -timeout=25 \
  -rss_limit_mb=2048 -dict=tests/fuzz/routine.dict -artifact_prefix="$artifacts/" \
  -print_final_stats=1 "$corpus" "$seeds"
echo "fuzz: no findings in $seconds s"
