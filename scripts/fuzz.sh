#!/usr/bin/env bash
# Builds the fuzzers (preset fuzz: clang, libFuzzer + ASan + UBSan, no GUI, in build-fuzz/) and runs
# each for SECONDS (default 60), one after the other:
#   routine   routine files (loader, validator, library, the editor's import check, writer),
#             seeded with routines/*.json and tests/data/good and bad
#   history   history.sqlite3 through open_history, seeded with a real history, the same with
#             hostile triggers, with a view in place of a table, and an empty database (the
#             fuzzer writes them); damaged pages come from the mutations
#   settings  settings.ini read through gui/settings_keys.h, seeded with tests/fuzz/settings-seeds
# Any crash, leak, sanitizer report, broken invariant or slow input fails; the input is kept in
# BUILD/fuzz-artifacts/NAME/. The corpora grow across local runs in BUILD/fuzz-corpus/NAME/.
#   scripts/fuzz.sh [SECONDS] [NAME...]
# Reproduce a finding: BUILD/tests/fuzz/NAME_fuzzer BUILD/fuzz-artifacts/NAME/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(routine history settings)
build=build-fuzz # the fuzz preset's folder
scripts/deps.sh
# Warnings are the GCC build's gate (scripts/test.sh); clang's own extra ones must not stop fuzzing.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"

export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for name in "${names[@]}"; do
  seeds=$build/fuzz-seeds/$name corpus=$build/fuzz-corpus/$name artifacts=$build/fuzz-artifacts/$name
  rm -rf "$seeds" && mkdir -p "$seeds" "$corpus" "$artifacts"
  options=()
  case $name in
    routine)
      cp routines/*.json "$seeds/"
      for kind in good bad; do
        for f in tests/data/$kind/*.json; do cp "$f" "$seeds/$kind-$(basename "$f")"; done
      done
      options=(-max_len=131072 -dict=tests/fuzz/routine.dict) ;;
    history)
      export UNKNOT_HISTORY_SEEDS=$seeds # the fuzzer writes them before it reads the folders
      options=(-max_len=65536) ;;
    settings)
      cp tests/fuzz/settings-seeds/*.ini "$seeds/"
      options=(-max_len=4096) ;;
    *) echo "fuzz: no fuzzer named $name (routine, history, settings)" >&2; exit 2 ;;
  esac
  echo "fuzz: $name for $seconds s"
  # The corpus grows across local runs; the seeds are read fresh each time.
  "$build/tests/fuzz/${name}_fuzzer" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
    "${options[@]}" -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" "$seeds"
  unset UNKNOT_HISTORY_SEEDS
done
echo "fuzz: no findings in $seconds s each (${names[*]})"
