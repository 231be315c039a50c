#!/usr/bin/env bash
# The print-only command-line modes, as a user runs them: output and exit codes, no display.
# usage: cli_test.sh UNKNOT SOURCE_DIR
set -u
unknot=$1; src=$2
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
unset DISPLAY WAYLAND_DISPLAY; export QT_QPA_PLATFORM=none-at-all
fails=0; passes=0
check() { # name, expected, actual
  if [ "$2" = "$3" ]; then passes=$((passes + 1)); else echo "FAIL: $1: expected [$2] got [$3]"; fails=$((fails + 1)); fi
}
contains() { # name, needle, haystack
  case $3 in *"$2"*) passes=$((passes + 1)) ;; *) echo "FAIL: $1: [$2] not in [$3]"; fails=$((fails + 1)) ;; esac
}
within() { # name, limit_ms, actual_ms
  if [ "$3" -le "$2" ]; then passes=$((passes + 1)); else echo "FAIL: $1: took $3 ms, limit $2 ms"; fails=$((fails + 1)); fi
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

out=$("$unknot" --data-dir "$data" --validate "$src"/routines/*.json 2>/dev/null); check "shipped routines validate" 0 $?
check "valid files print no problems" "" "$out"

out=$("$unknot" --data-dir "$data" --validate "$src/tests/data/bad/hold-zero.json" 2>/dev/null); check "bad file exits 1" 1 $?
contains "bad file names file, pointer and problem" "hold-zero.json: /routine/steps/0/hold: must be 1..3600 seconds, got 0" "$out"

out=$("$unknot" --validate "$src/tests/data/bad/syntax-error.json" 2>/dev/null)
contains "syntax error has line and column" "syntax-error.json:3:3:" "$out"

"$unknot" --validate /nonexistent/file.json >/dev/null 2>&1; check "missing file exits 1" 1 $?
"$unknot" --validate >/dev/null 2>&1; check "--validate without files is a usage error" 2 $?
"$unknot" --no-such-option >/dev/null 2>&1; check "unknown option is a usage error" 2 $?

out=$("$unknot" --data-dir "$data" --list 2>/dev/null); check "--list exits 0" 0 $?
for id in mid-back-strength upper-back-stretch thoracic-mobility lower-mid-back between-shoulder-blades everyday-ten; do
  contains "--list shows $id" "$id" "$out"
done
contains "--list names the source" "built-in" "$out"

mkdir -p "$data/routines"
cp "$src/tests/data/bad/hold-zero.json" "$data/routines/"
out=$("$unknot" --data-dir "$data" --list --json 2>"$data/err"); check "--list with a bad user file still exits 0" 0 $?
count=$(printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
check "--list --json lists the six built-ins despite a bad user file" 6 "$count"
contains "the skipped user file is reported" "hold-zero.json" "$(cat "$data/err")"

out=$("$unknot" --data-dir "$data" --play everyday-tem 2>&1); check "--play with an unknown id exits 2" 2 $?
contains "--play suggests the nearest id" "Did you mean 'everyday-ten'?" "$out"
contains "--play lists the known ids" "mid-back-strength" "$out"
for bad in 0 101 fast; do
  "$unknot" --time-scale "$bad" >/dev/null 2>&1; check "--time-scale $bad is a usage error" 2 $?
done

"$unknot" --version | grep -q '^unknot [0-9]'; check "--version prints the version" 0 $?
"$unknot" --help | grep -q -- '--validate'; check "--help lists --validate" 0 $?
[ -d "$data/new/deeper" ] && rm -rf "$data/new"
"$unknot" --data-dir "$data/new/deeper" --list >/dev/null 2>&1
[ -d "$data/new/deeper" ]; check "--data-dir is created when missing" 0 $?

# An absurd but valid routine (100 steps of 20 sets, an hour a side) is listed in hours; columns
# stay aligned for titles that are not ASCII.
rm -f "$data/routines/"*.json
cp "$src/tests/data/good/absurd-length.json" "$src/tests/data/good/widest-arabic.json" "$data/routines/"
out=$("$unknot" --data-dir "$data" --list 2>/dev/null)
contains "--list gives an absurd routine's length in hours" "Absurd but valid" "$(printf '%s' "$out" | grep -F '4336 h 23 min')"
contains "--list keeps minutes for a short one" "11 min  built-in" "$out"
columns=$(printf '%s\n' "$out" | /usr/bin/python3 -c 'import sys; print(len({line.index(" min ") for line in sys.stdin if " min " in line}))')
check "--list lines up its time column, Arabic titles too" 1 "$columns"
out=$("$unknot" --data-dir "$data" --list --json 2>/dev/null)
contains "--list --json keeps minutes and seconds" '"minutes": 260183' "$out"
rm -f "$data/routines/"*.json

# Paths that are not regular files get a clear error at once: nothing is read from a FIFO (which
# would wait for a writer forever), a device (/dev/zero never ends) or a folder.
mkfifo "$data/pipe.json"; mkdir "$data/folder.json"
for case in "$data/pipe.json|is a named pipe, not a regular file" \
            "/dev/zero|is a device, not a regular file" \
            "$data/folder.json|is a folder, not a file"; do
  path=${case%%|*}; message=${case#*|}
  start=$(now_ms)
  out=$(timeout 5 "$unknot" --validate "$path" 2>/dev/null); rc=$?
  within "--validate $path answers within a second" 1000 $(( $(now_ms) - start ))
  check "--validate $path exits 1" 1 $rc
  contains "--validate $path says what it is" "$path: $message" "$out"
done
rm -f "$data/routines/hold-zero.json"
mkfifo "$data/routines/pipe.json"; ln -s /dev/zero "$data/routines/zero.json"
start=$(now_ms)
out=$(timeout 5 "$unknot" --data-dir "$data" --list 2>"$data/err"); rc=$?
within "--list with a FIFO and /dev/zero among the user's routines answers within a second" 1000 $(( $(now_ms) - start ))
check "--list with a FIFO and /dev/zero among the user's routines exits 0" 0 $rc
contains "--list names the FIFO it skipped" "pipe.json: is a named pipe, not a regular file" "$(cat "$data/err")"
contains "--list names the device it skipped" "zero.json: is a device, not a regular file" "$(cat "$data/err")"

echo "$passes passed, $fails failed"
[ $fails -eq 0 ]
