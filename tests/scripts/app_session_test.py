#!/usr/bin/env python3
"""The real app, killed with SIGKILL at a random moment of a session, loses at most the phase under
way; and a second copy with the same data folder leaves the running one alone.

usage: app_session_test.py UNKNOT [TRIALS] [SEED]

Each trial plays mid-back-strength offscreen at --time-scale 100 (about 6.5 s), reads the history from
another connection while it plays (the steps it sees committed), kills the app at a random moment,
then checks the database: integrity ok, one session in progress, every step seen is still there, in
order. The app is started again: it takes over the lock of the dead copy and marks the session
interrupted, steps kept. Time is bounded: TRIALS (default 6) of at most ~15 s each.
"""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

from checks import check, verdict

ROUTINE = "mid-back-strength"
SCALE = "100"


def start(unknot, data, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([unknot, "--data-dir", data, *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def query(data, sql):
    """Reads through a separate connection, as another process would; None while there is no db."""
    path = os.path.join(data, "history.sqlite3")
    if not os.path.exists(path):
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute(sql).fetchall()
    except sqlite3.OperationalError:  # created but no schema yet
        return None


def steps(data):
    rows = query(data, "SELECT position, phase, exercise_id, side, set_number, outcome "
                       "FROM steps ORDER BY position")
    return rows or []


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)  # polling another process, not a test clock
    return False


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)  # reaped: its pid is gone, so its lock is stale


def crash_trial(unknot, rng, trial):
    with tempfile.TemporaryDirectory(prefix="unknot-app-crash-") as data:
        with open(os.path.join(data, "settings.ini"), "w") as f:
            f.write("[session]\nask_pain_before=false\n")
        app = start(unknot, data, "--play", ROUTINE, "--time-scale", SCALE)
        check(f"trial {trial}: the session starts",
              wait_for(lambda: query(data, "SELECT id FROM sessions"), 15), "")
        kill_at = time.monotonic() + rng.uniform(0.0, 4.5)  # the session lasts about 6.5 s
        seen = []
        while time.monotonic() < kill_at and app.poll() is None:
            now_seen = steps(data)
            if len(now_seen) > len(seen):
                seen = now_seen
            time.sleep(0.02)
        check(f"trial {trial}: the app was still running when killed", app.poll() is None,
              app.stderr.read() if app.poll() is not None else "")
        stop(app)

        name = f"trial {trial} (killed after {len(seen)} steps seen)"
        check(f"{name}: integrity", query(data, "PRAGMA integrity_check") == [("ok",)],
              str(query(data, "PRAGMA integrity_check")))
        sessions = query(data, "SELECT id, status FROM sessions") or []
        after = steps(data)
        if not sessions:  # killed before the session row: nothing was seen either
            check(f"{name}: no steps without a session", not seen and not after, str(after))
            return len(seen)
        check(f"{name}: one session", len(sessions) == 1, str(sessions))
        check(f"{name}: in progress after the kill", sessions[0][1] == "in_progress",
              str(sessions))  # a very slow machine might finish first: that fails loudly
        check(f"{name}: every step seen committed is kept, in order", after[:len(seen)] == seen,
              f"seen {seen} after {after}")

        again = start(unknot, data)  # takes over the dead copy's lock, recovers the session
        recovered = wait_for(lambda: (query(data, "SELECT status FROM sessions") or [("",)])[0][0]
                             == "interrupted", 15)
        running = again.poll() is None
        stop(again)
        check(f"{name}: the next start marks it interrupted", recovered,
              str(query(data, "SELECT status FROM sessions")))
        check(f"{name}: the next start runs (stale lock taken over)", running, again.stderr.read())
        check(f"{name}: steps kept after recovery", steps(data) == after, str(steps(data)))
        check(f"{name}: integrity after recovery",
              query(data, "PRAGMA integrity_check") == [("ok",)], "")
        return len(seen)


def second_copy_trial(unknot):
    with tempfile.TemporaryDirectory(prefix="unknot-app-two-") as data:
        first = start(unknot, data)
        requests = os.path.join(data, "unknot.requests")
        check("the first copy starts and watches for others",
              wait_for(lambda: os.path.exists(requests), 15), "")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        second = subprocess.run([unknot, "--data-dir", data], env=env, capture_output=True,
                                text=True, timeout=30)
        check("the second copy exits 0", second.returncode == 0, second.stderr)
        check("the second copy says the first one runs", "already running" in second.stderr,
              second.stderr)
        check("the first copy is still running", first.poll() is None, "")
        stop(first)


def main():
    unknot = sys.argv[1]
    trials = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.randrange(1 << 30)
    print(f"seed {seed}", flush=True)
    rng = random.Random(seed)
    seen = [crash_trial(unknot, rng, trial) for trial in range(trials)]
    second_copy_trial(unknot)
    print(f"{trials} kills, steps seen before each kill: {seen}")
    check("some kill came after committed steps", any(n > 0 for n in seen), str(seen))
    verdict("app session test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
