#!/usr/bin/env bash
# The screenshot sweep: every page of the app at 1280x800 and 1920x1080, in the light and the dark
# palette, in English and German, rendered into OUT/<W>x<H>/<lang>-<palette>-<page>.png, and each
# page checked for the layout facts of tests/gui/layout_facts.h (no widget outside its parent, no
# button narrower than its text, no tool bar hiding actions). Needs a build with tests.
#   scripts/screenshot-sweep.sh [OUT]      (default: BUILD/tests/output/sweep; BUILD: build/)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${UNKNOT_BUILD_DIR:-build}
out=$(realpath -m "${1:-$build/tests/output/sweep}")
mkdir -p "$out"
status=0
for screen in 1280x800 1920x1080; do
  echo "== $screen"
  log="$out/$screen.log"
  UNKNOT_SWEEP_DIR=$out \
  QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/data/screens/$screen.json" \
    "$build/tests/gui_tests" "[.sweep]" >"$log" 2>&1 || status=1
  grep -E '^layout:|test cases' "$log" || true
done
echo "pictures: $out"
exit $status
