#!/usr/bin/env bash
# `unknot --render-figures DIR` as a user runs it, with no display: one PNG per exercise of the
# library (the built-in catalogue plus a user's own file), exit codes, and a usage error.
# usage: render_figures_test.sh UNKNOT SOURCE_DIR
set -u
unknot=$1; src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM # the mode must pick a platform by itself
fails=0; passes=0
check() { # name, expected, actual
  if [ "$2" = "$3" ]; then passes=$((passes + 1)); else echo "FAIL: $1: expected [$2] got [$3]"; fails=$((fails + 1)); fi
}

ids=$(/usr/bin/python3 -c 'import json,sys; print(" ".join(e["id"] for e in json.load(open(sys.argv[1]))["exercises"]))' "$src/routines/catalogue.json")
count=$(echo "$ids" | wc -w)

"$unknot" --data-dir "$work/data" --render-figures "$work/out" >"$work/stdout" 2>"$work/stderr"
check "--render-figures exits 0" 0 $?
for id in $ids; do
  file="$work/out/$id.png"
  if [ -s "$file" ] && [ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ]; then
    passes=$((passes + 1))
  else
    echo "FAIL: no PNG for $id"; fails=$((fails + 1))
  fi
done
check "one PNG per built-in exercise, nothing else" "$count" "$(ls "$work/out" | wc -l)"
check "one line per file written" "$count" "$(wc -l <"$work/stdout")"

# A user's exercise without a figure is named on stderr; the others are still written.
mkdir -p "$work/data/routines"
cat >"$work/data/routines/mine.json" <<'JSON'
{"format": 1, "exercises": [{"id": "my-stretch", "name": "My stretch", "summary": "Mine.",
 "instructions": ["Stretch."]}]}
JSON
"$unknot" --data-dir "$work/data" --render-figures "$work/out2" >/dev/null 2>"$work/stderr"
check "an exercise without a figure is not an error" 0 $?
check "the exercise without a figure is named" 1 "$(grep -c "my-stretch' has no figure" "$work/stderr")"
check "the built-in ones are all written" "$count" "$(ls "$work/out2" | wc -l)"

"$unknot" --render-figures >/dev/null 2>&1; check "--render-figures without a folder is a usage error" 2 $?
touch "$work/file"
"$unknot" --data-dir "$work/data" --render-figures "$work/file/sub" >/dev/null 2>&1
check "a folder that cannot be made exits 1" 1 $?

echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
