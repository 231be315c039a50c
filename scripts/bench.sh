#!/usr/bin/env bash
# Builds the benchmarks (preset bench: RelWithDebInfo, in build-bench/), runs them all, and prints
# one table of medians, ratios and targets.
# Takes about twenty-five minutes; --quick leaves out the real-time timer runs and measures
# idle CPU for 20 s a page instead of 60.
#   scripts/bench.sh [--quick] [--runs N]     (N start-up runs of each program, default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0 runs=15
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --runs) runs=$2; shift ;;
    *) echo "usage: scripts/bench.sh [--quick] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
build=build-bench # the bench preset's folder
scripts/deps.sh
cmake --preset bench >/dev/null
cmake --build --preset bench --parallel "$(nproc)" --target unknot bare_window routine_load_bench \
  make_user_routines history_generator step_commit_bench history_bench history_page_bench \
  timer_accuracy speech_engine_bench programme_bench

out=$build/bench-results
rm -rf "$out" && mkdir -p "$out"
bench=$build/tests/bench
gbench=(--benchmark_format=json --benchmark_enable_random_interleaving=true)
echo "bench: loading 1,000 routine files" >&2
"$bench/routine_load_bench" "${gbench[@]}" --benchmark_repetitions=15 >"$out/load.json" \
  2>"$out/load.log"
echo "bench: committing steps" >&2
"$bench/step_commit_bench" --benchmark_format=json >"$out/step_commit.json" 2>"$out/step_commit.log"
echo "bench: history queries on ten years" >&2
"$bench/history_bench" "${gbench[@]}" --benchmark_repetitions=5 >"$out/history.json" \
  2>"$out/history.log"
QT_QPA_PLATFORM=offscreen "$bench/history_page_bench" "${gbench[@]}" --benchmark_repetitions=5 \
  >"$out/history_page.json" 2>"$out/history_page.log"
echo "bench: the programme on ten years (doses, per-exercise table, a year's report)" >&2
QT_QPA_PLATFORM=offscreen "$bench/programme_bench" "${gbench[@]}" --benchmark_repetitions=5 \
  >"$out/programme.json" 2>"$out/programme.log"
echo "bench: the history page on thirty years" >&2
QT_QPA_PLATFORM=offscreen "$bench/history_page_bench" --years 30 "${gbench[@]}" \
  --benchmark_repetitions=5 --benchmark_filter='open|show_again' >"$out/history_page_30.json" \
  2>"$out/history_page_30.log"
echo "bench: start-up, $runs runs each under Xvfb" >&2
python3 tests/bench/startup.py "$build" . --runs "$runs" >"$out/startup.json"
echo "bench: instruction counts under callgrind (start-up, --list; two minutes)" >&2
python3 tests/bench/callgrind.py "$build" . >"$out/callgrind.json" 2>"$out/callgrind.log"
echo "bench: the longest event-loop stall with 10,000 routines, at start and after a save" >&2
python3 tests/bench/stall.py "$build" . --runs 3 >"$out/stall.json" 2>"$out/stall.log"
idle_seconds=60; [ "$quick" = 1 ] && idle_seconds=20
echo "bench: idle CPU on every page, $idle_seconds s each under Xvfb" >&2
python3 tests/bench/idle_cpu.py "$build" . --seconds "$idle_seconds" >"$out/idle_cpu.json" \
  2>"$out/idle_cpu.log"
if [ "$quick" = 0 ]; then
  echo "bench: a 60 s hold in real time while the other core is busy (two minutes)" >&2
  python3 -c 'while True: pass' &
  busy=$!
  trap 'kill $busy 2>/dev/null || true' EXIT
  QT_QPA_PLATFORM=offscreen "$bench/timer_accuracy" 60 >"$out/timer.txt" 2>"$out/timer.log"
  echo "bench: 60 one-second holds, logged and not, other core busy (four minutes)" >&2
  QT_QPA_PLATFORM=offscreen "$bench/timer_accuracy" --holds 60 >"$out/timer_holds.txt" \
    2>"$out/timer_holds.log"
  QT_QPA_PLATFORM=offscreen "$bench/timer_accuracy" --holds 60 --log "$build/timer-history" \
    >"$out/timer_logged.txt" 2>"$out/timer_logged.log"
  kill "$busy"
fi
echo "bench: cue latency and the speech engines through a PulseAudio null sink (four minutes)" >&2
python3 tests/bench/cue_latency.py "$build" . --runs 2 >"$out/cue_latency.json" \
  2>"$out/cue_latency.log" || echo "bench: cue latency not measured (see $out/cue_latency.log)" >&2
python3 tests/bench/report.py "$out"
