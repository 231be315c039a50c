#!/usr/bin/env python3
"""Start-up shows the window first and loads the user's routines and the history behind it.

usage: app_startup_test.py UNKNOT SOURCE_DIR

The real app starts offscreen with a user routine in its data folder and `--play` naming it. The
start-up probe (src/gui/startup_probe.h) reports when the window is first shown and when the
user's routines and the history are in; the first must come no later than the second. `--play`
of the user's routine, which needs both, must have started a session in the history. A broken
user file must still be named on stderr, the built-in routines play as before, and a damaged
history is still moved aside (and the person told) when it is opened behind the window.
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from checks import check, verdict


def run(unknot, data, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               UNKNOT_STARTUP_PROBE=str(time.monotonic_ns()), UNKNOT_STARTUP_IDLE_MS="0")
    done = subprocess.run([unknot, "--data-dir", str(data), *args], env=env, capture_output=True,
                          text=True, timeout=60)
    probe = {}
    for line in done.stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "unknot-probe":
            probe[parts[1]] = float(parts[2])
    return done, probe


def sessions(data):
    with sqlite3.connect(f"file:{data / 'history.sqlite3'}?mode=ro", uri=True) as db:
        return [row[0] for row in db.execute("SELECT routine_id FROM sessions ORDER BY id")]


def main():
    unknot, source = sys.argv[1], Path(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="unknot-startup-") as temp:
        data = Path(temp)
        (data / "settings.ini").write_text("[session]\nask_pain_before=false\n")
        routines = data / "routines"
        routines.mkdir()
        mine = json.loads((source / "routines" / "upper-back-stretch.json").read_text())
        mine["routine"]["id"] = "my-morning"
        mine["routine"]["title"] = "My morning"
        (routines / "my-morning.json").write_text(json.dumps(mine))
        # Enough other routines that loading them takes longer than the probe's idle wait.
        for n in range(400):
            mine["routine"]["id"] = f"copy-{n}"
            (routines / f"copy-{n}.json").write_text(json.dumps(mine))
        (routines / "broken.json").write_text('{"format": 1, "routine": ')

        done, probe = run(unknot, data, "--play", "my-morning", "--time-scale", "50")
        check("exit code", done.returncode == 0, done.stderr)
        check("probe reports", {"shown_ms", "ready_ms", "idle_rss_kb"} <= probe.keys(), probe)
        if {"shown_ms", "ready_ms"} <= probe.keys():
            check("the window shows before the user's routines are loaded, not after",
                  probe["shown_ms"] <= probe["ready_ms"], probe)
        check("the broken file is named", "broken.json" in done.stderr, done.stderr)
        check("--play found the user's routine", sessions(data) == ["my-morning"], sessions(data))

        done, _ = run(unknot, data, "--play", "upper-back-stretch", "--time-scale", "50")
        check("a built-in routine plays", done.returncode == 0 and
              sessions(data) == ["my-morning", "upper-back-stretch"], sessions(data))

        # A damaged history, found behind the shown window: moved aside, a new one started.
        (data / "history.sqlite3").write_bytes(b"SQLite format 3\0" + b"\xff" * 4096)
        for extra in ("-wal", "-shm"):
            (data / f"history.sqlite3{extra}").unlink(missing_ok=True)
        done, probe = run(unknot, data, "--play", "my-morning", "--time-scale", "50")
        check("a damaged history: exit code", done.returncode == 0, done.stderr)
        check("a damaged history is moved aside, not deleted",
              len(list(data.glob("history.sqlite3.corrupt-*"))) == 1, sorted(data.iterdir()))
        check("a damaged history: the person is told", "could not be read" in done.stderr,
              done.stderr)
        check("a damaged history: the session goes into a new one",
              sessions(data) == ["my-morning"], sessions(data))
    verdict("start-up order")


if __name__ == "__main__":
    main()
