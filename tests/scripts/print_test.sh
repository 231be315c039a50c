#!/usr/bin/env bash
# `unknot --print-routine ID OUT.pdf` as a user runs it, with no display and no QT_QPA_PLATFORM:
# a PDF of one to three pages with the routine in it, and clear errors.
# usage: print_test.sh UNKNOT
set -u
unknot=$1
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
fails=0; passes=0
check() { # name, expected, actual
  if [ "$2" = "$3" ]; then passes=$((passes + 1)); else echo "FAIL: $1: expected [$2] got [$3]"; fails=$((fails + 1)); fi
}
contains() { # name, needle, haystack
  case $3 in *"$2"*) passes=$((passes + 1)) ;; *) echo "FAIL: $1: [$2] not in [$3]"; fails=$((fails + 1)) ;; esac
}

out=$("$unknot" --data-dir "$dir/data" --print-routine everyday-ten "$dir/ten.pdf" 2>"$dir/err")
check "--print-routine exits 0" 0 $?
contains "it says how many pages it wrote" "ten.pdf: " "$out"
check "the file is a PDF" "%PDF-" "$(head -c 5 "$dir/ten.pdf")"
if command -v pdfinfo >/dev/null; then
  pages=$(pdfinfo "$dir/ten.pdf" | awk '/^Pages:/ {print $2}')
  check "the PDF has 1 to 3 pages" yes "$([ "${pages:-0}" -ge 1 ] && [ "${pages:-0}" -le 3 ] && echo yes || echo "no ($pages)")"
  contains "it says the pages it wrote" "ten.pdf: $pages pages" "$out"
fi
if command -v pdftotext >/dev/null; then
  text=$(pdftotext -layout "$dir/ten.pdf" -)
  contains "the PDF has the title" "Everyday ten minutes" "$text"
  contains "the PDF has a step with its dose" "Thread the needle" "$text"
  contains "the PDF has the page footer" "Page 2 of ${pages:-2}" "$text"
  contains "the PDF says when to see a professional" "See a professional if" "$text"
  contains "the PDF says when to call the emergency number" \
    "Stop and call the emergency number now if" "$text"
  contains "side choices print their left text" "Lift your left hand and slide that arm" "$text"
  check "no side choice prints its braces" 0 "$(grep -c '[{}|]' <<<"$text")"
fi

# A German desktop gets the routine's German text, and English where a text has no German.
out=$(LANGUAGE=de LC_ALL=de_DE.UTF-8 "$unknot" --data-dir "$dir/data" --print-routine everyday-ten \
  "$dir/de.pdf" 2>&1)
check "--print-routine in German exits 0" 0 $?
if command -v pdftotext >/dev/null; then
  text=$(pdftotext -layout "$dir/de.pdf" -)
  contains "the German PDF has the German title" "Zehn Minuten für jeden Tag" "$text"
  contains "the German PDF has the German emergency tier" \
    "Schmerzen zwischen den Schulterblättern zusammen mit Brustschmerz" "$text"
  contains "the German PDF says the side in German" "Heb die linke Hand" "$text"
fi

out=$("$unknot" --data-dir "$dir/data" --print-routine everyday-tem "$dir/x.pdf" 2>&1)
check "an unknown id exits 2" 2 $?
contains "an unknown id suggests the nearest" "Did you mean 'everyday-ten'?" "$out"
[ -e "$dir/x.pdf" ]; check "an unknown id writes no file" 1 $?

"$unknot" --print-routine everyday-ten >/dev/null 2>&1; check "no OUT.pdf is a usage error" 2 $?
out=$("$unknot" --data-dir "$dir/data" --print-routine everyday-ten "$dir/no/such/dir/x.pdf" 2>&1)
check "an unwritable place exits 1" 1 $?
contains "an unwritable place is named" "no/such/dir" "$out"

echo "$passes passed, $fails failed"
[ $fails -eq 0 ]
