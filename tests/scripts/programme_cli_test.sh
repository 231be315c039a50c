#!/usr/bin/env bash
# The programme's command-line modes as a user runs them, with no display: --report FROM TO OUT.pdf
# (pdftotext shows the right counts for a generated log), --report-csv and --export-calendar (the
# .ics read by a real parser, python3-icalendar), and their usage errors.
# usage: programme_cli_test.sh UNKNOT SOURCE_DIR
set -u
unknot=$1
source_dir=$2
dir=${KEEP_DIR:-$(mktemp -d)}; [ -n "${KEEP_DIR:-}" ] || trap 'rm -rf "$dir"' EXIT
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
fails=0; passes=0
check() { # name, expected, actual
  if [ "$2" = "$3" ]; then passes=$((passes + 1)); else echo "FAIL: $1: expected [$2] got [$3]"; fails=$((fails + 1)); fi
}
contains() { # name, needle, haystack
  case $3 in *"$2"*) passes=$((passes + 1)) ;; *) echo "FAIL: $1: [$2] not in [$3]"; fails=$((fails + 1)) ;; esac
}

data=$dir/data
mkdir -p "$data"
# A programme of the built-in routine, Monday/Wednesday/Friday from Monday 2 November 2026, and a
# log: five sessions (one a flare-up, one with "this hurts" on an exercise), one check-in.
cat > "$data/programme.json" <<'JSON'
{ "format": 1, "routines": ["everyday-ten"], "days": ["monday", "wednesday", "friday"],
  "weeks": 4, "start": "2026-11-02", "time": "18:30" }
JSON
"$unknot" --data-dir "$data" --export-history "$dir/empty.csv" >/dev/null 2>&1 # creates nothing
python3 - "$data/history.sqlite3" "$source_dir" <<'PY'
import sqlite3, sys, pathlib
db = sqlite3.connect(sys.argv[1])
db.executescript((pathlib.Path(sys.argv[2]) / "tests/data/history/history-v1.sql").read_text())
PY
"$unknot" --data-dir "$data" --export-history "$dir/migrated.csv" >/dev/null 2>&1 # migrates
python3 - "$data/history.sqlite3" <<'PY'
import sqlite3, sys, calendar, datetime
db = sqlite3.connect(sys.argv[1])
db.execute("DELETE FROM steps"); db.execute("DELETE FROM sessions")
def t(day, hour=18):
    return calendar.timegm(datetime.datetime(2026, 11, day, hour - 1).timetuple())  # UTC+1
rows = [(2, 3, 2, 0, "done"), (4, 3, 2, 0, "done"), (6, 4, 3, 0, "stopped_for_pain"),
        (9, 7, 6, 1, "done"), (11, 2, 1, 0, "done")]
for i, (day, before, after, flare, outcome) in enumerate(rows, 1):
    db.execute("""INSERT INTO sessions (id, routine_id, routine_title, snapshot, snapshot_hash, started_at,
        utc_offset_minutes, status, pain_before, ended_at, active_seconds, pain_after, notes, flare_up)
        VALUES (?, 'everyday-ten', 'Everyday ten minutes', '{}', '0', ?, 60, 'completed', ?, ?, 600, ?, ?, ?)""",
        (i, t(day), before, t(day) + 700, after, "Tight on the left" if day == 6 else "", flare))
    db.execute("""INSERT INTO steps (session_id, position, exercise_id, exercise_name, kind, side, set_number,
        sets, target_seconds, active_seconds, outcome, finished_at)
        VALUES (?, 0, 'thread-the-needle', 'Thread the needle', 'hold', 'left', 1, 1, 30, 30, ?, ?)""",
        (i, outcome, t(day) + 30))
db.execute("""INSERT INTO check_ins (programme_start, week, answer, answered_at, utc_offset_minutes)
              VALUES ('2026-11-02', 3, 'same', ?, 60)""", (t(20),))
db.commit()
PY

out=$("$unknot" --data-dir "$data" --report 2026-11-02 2026-11-29 "$dir/report.pdf" 2>"$dir/err")
check "--report exits 0" 0 $?
contains "it says the pages and sessions" "report.pdf: " "$out"
contains "it counts five sessions" "5 sessions" "$out"
pages=$(pdfinfo "$dir/report.pdf" | awk '/^Pages:/ {print $2}')
check "the report has 1 or 2 pages" yes "$([ "${pages:-0}" -ge 1 ] && [ "${pages:-0}" -le 2 ] && echo yes || echo "no ($pages)")"
text=$(pdftotext -layout "$dir/report.pdf" - | sed 's/ﬂ/fl/g; s/ﬁ/fi/g') # the font's ligatures
contains "the report names the programme" "Everyday ten minutes" "$text"
contains "the report counts sessions and flare-ups" "Sessions done: 5, of them on flare-up days (a gentler version): 1." "$text"
contains "the report names the programme's days and weeks" "on Monday, Wednesday, Friday; 4 weeks from" "$text"
contains "the report lists the exercise" "Thread the needle" "$text"
contains "the report has the check-in" "Week 3: about the same" "$text"
contains "the report has the notes" "Tight on the left" "$text"
week1=$(printf '%s\n' "$text" | grep -E '^ *[^ ].* +1 +3 +3 +0 *$' | head -1)
week2=$(printf '%s\n' "$text" | grep -E '^ *[^ ].* +2 +3 +2 +1 *$' | head -1)
check "week 2: 3 planned, 2 done, 1 a flare-up day" yes "$([ -n "$week2" ] && echo yes || echo no)"
check "week 1: 3 planned, 3 done, no flare-up" yes "$([ -n "$week1" ] && echo yes || echo "no: $(printf '%s' "$text" | head -30)")"
exercise=$(printf '%s\n' "$text" | grep -E 'Thread the needle +4 +0 +1' | head -1)
check "the exercise: done 4, skipped 0, stopped for pain 1" yes "$([ -n "$exercise" ] && echo yes || echo no)"

out=$("$unknot" --data-dir "$data" --report-csv 2026-11-02 2026-11-29 "$dir/report.csv" 2>&1)
check "--report-csv exits 0" 0 $?
check "the CSV has one row per session" 5 "$(grep -c '^session,' "$dir/report.csv")"
check "the CSV has the check-in" 1 "$(grep -c '^check_in,' "$dir/report.csv")"

out=$("$unknot" --data-dir "$data" --export-calendar "$dir/programme.ics" 2>&1)
check "--export-calendar exits 0" 0 $?
# The Debian package's python3-icalendar, also when another python3 comes first on PATH.
ical_python=python3
python3 -c 'import icalendar' 2>/dev/null || ical_python=/usr/bin/python3
parsed=$("$ical_python" - "$dir/programme.ics" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
events = [e for e in cal.walk("VEVENT")]
print(len(events), sorted(str(e["RRULE"]["FREQ"][0]) + str(e["RRULE"]["COUNT"][0]) for e in events)[0],
      sum(len(e.walk("VALARM")) for e in events), events[0]["DTSTART"].dt.strftime("%H:%M"))
PY
)
check "three weekly events for four weeks, each with an alarm, at 18:30" "3 WEEKLY4 3 18:30" "$parsed"

"$unknot" --report 2026-11-02 "$dir/x.pdf" >/dev/null 2>&1; check "--report without TO is a usage error" 2 $?
out=$("$unknot" --report 2026-11-30 2026-11-02 "$dir/x.pdf" 2>&1)
check "TO before FROM is a usage error" 2 $?
contains "it says so" "is before FROM" "$out"
out=$("$unknot" --report-csv 2026-02-30 2026-03-02 "$dir/x.csv" 2>&1)
check "an impossible date is a usage error" 2 $?
out=$("$unknot" --data-dir "$dir/none" --export-calendar "$dir/x.ics" 2>&1)
check "no programme: exit 1" 1 $?
contains "it says to start one" "start one in the library first" "$out"

echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
