#!/usr/bin/env python3
"""unknot --export-history, as a person runs it: the CSV survives a round trip through Python's
csv module (commas, quotes, line breaks, non-Latin text), times are ISO 8601 with the offset, and
the exit codes say what happened (an unwritable path: 1 with a clear message). No display.
Usage: history_export_test.py UNKNOT SOURCE_DIR
"""
import csv
import datetime
import io
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile

unknot, source = sys.argv[1], pathlib.Path(sys.argv[2])
env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
env["QT_QPA_PLATFORM"] = "none-at-all"  # any attempt to open a window fails
failures = []

TRICKY_NOTES = 'sore, then "much" better\nsecond line\r\nтретья строка, 日本語 ✓ 🙂'
TRICKY_TITLE = 'Stretch, "gently"'
STARTED = 1718611200  # 2024-06-17T08:00:00Z


def check(name, condition, detail=""):
    if not condition:
        failures.append(f"{name}: {detail}")


def run(data, *args):
    return subprocess.run([unknot, "--data-dir", str(data), *args], env=env,
                          capture_output=True, timeout=60)


def make_history(data):
    db = sqlite3.connect(data / "history.sqlite3")
    db.executescript((source / "tests/data/history/history-v1.sql").read_text())
    db.execute("DELETE FROM steps")
    db.execute("DELETE FROM sessions")
    session = ("INSERT INTO sessions (id, routine_id, routine_title, snapshot, snapshot_hash, "
               "started_at, utc_offset_minutes, status, pain_before, ended_at, active_seconds, "
               "rest_seconds, pain_after, notes) VALUES (?, ?, ?, '{}', '0', ?, ?, ?, ?, ?, ?, ?, "
               "?, ?)")
    db.execute(session, (1, "desk-reset", TRICKY_TITLE, STARTED, 120, "completed", 6,
                         STARTED + 720, 600.5, 120, 3, TRICKY_NOTES))
    db.execute(session, (2, "wall", "Wall", STARTED + 86400, -330, "stopped", None, None, 42, 0,
                         None, ""))
    step = ("INSERT INTO steps (session_id, position, exercise_id, exercise_name, kind, side, "
            "set_number, sets, target_seconds, target_reps, active_seconds, reps_done, outcome, "
            "finished_at) VALUES (1, ?, ?, ?, ?, ?, 1, 2, ?, ?, ?, ?, ?, ?)")
    db.execute(step, (0, "doorway", "Doorway stretch, both arms", "hold", "left", 30.0, None,
                      29.5, None, "done", STARTED + 60))
    db.execute(step, (1, "angels", "Wall angels", "reps", "none", None, 10, 40.0, 4,
                      "stopped_for_pain", STARTED + 120))
    db.commit()
    db.close()


def read_csv(data_bytes):
    text = data_bytes.decode("utf-8")  # strict: the export must be valid UTF-8
    return list(csv.DictReader(io.StringIO(text, newline="")))


with tempfile.TemporaryDirectory() as tmp:
    tmp = pathlib.Path(tmp)
    data = tmp / "data"
    data.mkdir()
    make_history(data)

    out = tmp / "out.csv"
    result = run(data, "--export-history", str(out))
    check("export to a file exits 0", result.returncode == 0, result.stderr.decode())
    raw = out.read_bytes()
    check("rows end with CRLF", raw.count(b"\r\n") >= 4 and raw.endswith(b"\r\n"))
    check("no byte order mark", not raw.startswith(b"\xef\xbb\xbf"))
    rows = read_csv(raw)
    check("one row per step, one for a session without steps", len(rows) == 3, len(rows))
    first, second, empty = rows
    check("notes survive the round trip", first["notes"] == TRICKY_NOTES, repr(first["notes"]))
    check("session columns repeat on every step row",
          second["notes"] == TRICKY_NOTES and second["routine_title"] == TRICKY_TITLE)
    check("text with commas and quotes survives", first["exercise_name"] == "Doorway stretch, both arms")
    check("start is local time with offset", first["started_at"] == "2024-06-17T10:00:00+02:00",
          first["started_at"])
    start = datetime.datetime.fromisoformat(first["started_at"])
    check("the offset time is the same instant", start.timestamp() == STARTED)
    check("negative half-hour offsets", empty["started_at"] == "2024-06-18T02:30:00-05:30",
          empty["started_at"])
    check("steps in order with their outcomes",
          (first["step"], first["outcome"], second["step"], second["outcome"]) ==
          ("1", "done", "2", "stopped_for_pain"))
    check("targets and actuals", (first["target_seconds"], first["step_active_seconds"],
                                  second["target_reps"], second["reps_done"]) ==
          ("30", "29.5", "10", "4"))
    check("a session without steps has empty step columns",
          empty["session_id"] == "2" and empty["step"] == "" and empty["pain_before"] == "")

    result = run(data, "--export-history", "-")
    check("export to stdout exits 0", result.returncode == 0, result.stderr.decode())
    check("stdout gets the same CSV as the file", result.stdout == raw)

    result = run(data, "--export-history", str(tmp / "no-such-folder" / "out.csv"))
    message = result.stderr.decode()
    check("an unwritable path exits 1", result.returncode == 1, result.returncode)
    check("the message names the path and the reason",
          f'Cannot write "{tmp / "no-such-folder" / "out.csv"}": No such file or directory' in message,
          message)
    result = run(data, "--export-history", str(out / "x.csv"))
    check("a path under a file exits 1", result.returncode == 1 and b"Not a directory" in result.stderr,
          result.stderr.decode())
    check("a failed export leaves the old file", out.read_bytes() == raw)

    result = run(data, "--export-history")
    check("--export-history without FILE is a usage error", result.returncode == 2, result.returncode)

    empty_dir = tmp / "empty"
    empty_dir.mkdir()
    result = run(empty_dir, "--export-history", "-")
    check("no history yet exits 0 with the header row only",
          result.returncode == 0 and result.stdout.count(b"\r\n") == 1, result.stdout)
    check("no history yet says so", b"no sessions recorded yet" in result.stderr)
    check("no database is created by an export", not (empty_dir / "history.sqlite3").exists())

    damaged = tmp / "damaged"
    damaged.mkdir()
    (damaged / "history.sqlite3").write_bytes(b"x" * 4096)
    result = run(damaged, "--export-history", "-")
    check("a damaged history exits 1", result.returncode == 1, result.returncode)
    check("a damaged history is named", b"not a database" in result.stderr, result.stderr.decode())
    check("a damaged history is left alone", (damaged / "history.sqlite3").read_bytes() == b"x" * 4096)

for failure in failures:
    print("FAIL:", failure)
print(f"history export: {len(failures)} failures")
sys.exit(1 if failures else 0)
