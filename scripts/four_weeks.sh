#!/usr/bin/env bash
# Four simulated weeks of a programme, looked at with the real app: runs the core test 'four weeks:
# ...' (twelve sessions played by the engine on a fake clock: pain ratings, a "this hurts" stop, a
# pain jump, a flare-up day, the week-3 check-in), keeps its history and programme in OUT/data,
# then writes the therapist's report (OUT/report.pdf and its pages as OUT/report-page-N.png), the
# report's CSV, the calendar file, and prints the dose timeline (the doses each session played).
#   scripts/four_weeks.sh [OUT]      (default: BUILD/four-weeks; BUILD: build/, a build with tests)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${UNKNOT_BUILD_DIR:-build}
out=$(realpath -m "${1:-$build/four-weeks}")
rm -rf "$out" && mkdir -p "$out"
UNKNOT_FOUR_WEEKS_DIR="$out/data" "$build/tests/core_tests" "four weeks*" >"$out/test.log" ||
  { cat "$out/test.log"; exit 1; }
unknot=("$build/src/app/unknot" --data-dir "$out/data")
from=2026-12-07 to=2027-01-03 # the programme's four weeks (programme_test_support.h: kStart)
"${unknot[@]}" --report "$from" "$to" "$out/report.pdf"
"${unknot[@]}" --report-csv "$from" "$to" "$out/report.csv"
"${unknot[@]}" --export-calendar "$out/programme.ics"
pdftoppm -r 80 -png "$out/report.pdf" "$out/report-page"
echo
echo "dose timeline (exercise rows of the report's CSV: date, week, exercise, hold s, reps, sets, outcome)"
awk -F, '$1 == "exercise" { printf "  %s  week %s  %-10s %4s %4s %3s  %s\n", $2, $3, $5, $6, $7, $8, $9 }' \
  "$out/report.csv"
echo "pain and flare-ups (session rows: date, before, after, flare-up)"
awk -F, '$1 == "session" { printf "  %s  %s -> %s%s\n", $2, $12, $13, ($14 == "1" ? "  flare-up" : "") }' \
  "$out/report.csv"
echo "check-ins: $(awk -F, '$1 == "check_in" { printf "%s week %s: %s ", $2, $3, $15 }' "$out/report.csv")"
ls "$out"/report-page-*.png
