#!/usr/bin/env python3
"""Crash trials: the real app killed with SIGKILL at random moments of a time-scaled session, N
times, and the damage counted.

usage: crash_trials.py UNKNOT N [SEED]

Each trial plays mid-back-strength offscreen at --time-scale 100 (about 5.4 s) in a fresh data
folder, reads the history from another connection while it plays (the steps it sees committed),
kills the app at a moment drawn uniformly from its start to a little past the session's end, and
starts it again on the same folder. It prints one line per trial and the totals:

  corrupt databases      PRAGMA integrity_check not 'ok', after the kill or after the restart
  lost committed steps   steps seen committed by the other connection and missing (or changed,
                         or out of order) after the kill or after the restart
  sessions interrupted   of the sessions the kill cut short, how many the next start marked
                         'interrupted' (expected: all)

A kill before the session row exists, or after the session ended, is counted on its own line.
Exit code 0 when the totals are 0 / 0 / all, 1 otherwise.
"""
import os
import random
import sys
import tempfile
import time

from app_session_test import query, start, steps, stop, wait_for

ROUTINE = "mid-back-strength"
SCALE = "100"
SESSION_SECONDS = 5.4  # mid-back-strength at --time-scale 100
STARTUP_SECONDS = 1.5  # a kill in this much before the session row is a kill during startup


def integrity_ok(data):
    result = query(data, "PRAGMA integrity_check")
    return result is None or result == [("ok",)]  # None: the app never made the file


def status(data):
    rows = query(data, "SELECT status FROM sessions") or []
    return rows[0][0] if rows else None


def watch_until(app, data, kill_at):
    """The longest list of committed steps another connection saw before `kill_at`."""
    seen = []
    while time.monotonic() < kill_at and app.poll() is None:
        now_seen = steps(data)
        if len(now_seen) > len(seen):
            seen = now_seen
        time.sleep(0.02)  # polling another process, not a test clock
    return seen


def trial(unknot, rng):
    """One kill; returns a dict of what was found."""
    with tempfile.TemporaryDirectory(prefix="unknot-crash-trial-") as data:
        with open(os.path.join(data, "settings.ini"), "w") as f:
            f.write("[session]\nask_pain_before=false\n")
        app = start(unknot, data, "--play", ROUTINE, "--time-scale", SCALE)
        started = time.monotonic()
        delay = rng.uniform(0.0, STARTUP_SECONDS + SESSION_SECONDS + 0.5)
        # The session's clock starts when its row appears; a kill drawn inside the startup
        # window lands before that, any other is timed from the row.
        if delay >= STARTUP_SECONDS:
            wait_for(lambda: status(data) is not None or app.poll() is not None, 15)
            delay -= STARTUP_SECONDS
            started = time.monotonic()
        seen = watch_until(app, data, started + delay)
        died_early = app.poll() is not None
        stop(app)

        found = {"seen": len(seen), "corrupt": not integrity_ok(data), "lost": 0,
                 "cut_short": False, "interrupted": False, "before_session": False,
                 "after_end": False, "died": died_early}
        after = steps(data)
        found["lost"] = sum(1 for i, step in enumerate(seen) if i >= len(after) or after[i] != step)
        state = status(data)
        if state is None:
            found["before_session"] = True
        elif state != "in_progress":
            found["after_end"] = True  # finished (or stopped) before the kill
        else:
            found["cut_short"] = True

        again = start(unknot, data)  # takes over the dead copy's lock, recovers the session
        if found["cut_short"]:
            found["interrupted"] = wait_for(lambda: status(data) == "interrupted", 15)
        else:
            wait_for(lambda: os.path.exists(os.path.join(data, "unknot.requests")), 15)
        stop(again)
        found["corrupt"] = found["corrupt"] or not integrity_ok(data)
        recovered = steps(data)
        found["lost"] = max(found["lost"], sum(
            1 for i, step in enumerate(seen) if i >= len(recovered) or recovered[i] != step))
        return found


def describe(number, found):
    if found["before_session"]:
        when = "during startup"
    elif found["after_end"]:
        when = "after the session ended"
    else:
        when = f"after {found['seen']} steps seen committed"
    notes = []
    if found["corrupt"]:
        notes.append("CORRUPT")
    if found["lost"]:
        notes.append(f"LOST {found['lost']}")
    if found["cut_short"]:
        notes.append("interrupted" if found["interrupted"] else "NOT MARKED INTERRUPTED")
    if found["died"]:
        notes.append("DIED BEFORE THE KILL")
    return f"trial {number}: killed {when}: {', '.join(notes) or 'ok'}"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    unknot, count = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.randrange(1 << 30)
    print(f"crash trials: {count}, seed {seed}", flush=True)
    rng = random.Random(seed)
    results = []
    for number in range(1, count + 1):
        results.append(trial(unknot, rng))
        print(describe(number, results[-1]), flush=True)

    corrupt = sum(r["corrupt"] for r in results)
    lost = sum(r["lost"] for r in results)
    cut_short = sum(r["cut_short"] for r in results)
    interrupted = sum(r["interrupted"] for r in results)
    died = sum(r["died"] for r in results)
    print(f"kills: {count} ({cut_short} mid-session, "
          f"{sum(r['before_session'] for r in results)} during startup, "
          f"{sum(r['after_end'] for r in results)} after the session ended); "
          f"steps seen committed: {sum(r['seen'] for r in results)}")
    print(f"corrupt databases: {corrupt}")
    print(f"lost committed steps: {lost}")
    print(f"sessions marked interrupted: {interrupted} of {cut_short}")
    if died:
        print(f"apps that died before the kill: {died}")
    return 0 if corrupt == 0 and lost == 0 and interrupted == cut_short and not died else 1


if __name__ == "__main__":
    sys.exit(main())
