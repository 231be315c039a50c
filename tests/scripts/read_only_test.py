#!/usr/bin/env python3
"""A read-only data folder: the real app starts, says at once in words that sessions cannot be
saved and why, plays the routine, and changes nothing.

usage: read_only_test.py UNKNOT

A history is made by playing mid-back-strength and killing the app mid-session (so the folder holds
history.sqlite3 with its -wal and -shm, and the dead copy's unknot.lock). Then the folder and its
files are made read-only, and the app is started on it as a user who may not write there (as
root, whom permissions do not stop, the app runs as "nobody" through setpriv). Cases: with the -wal
and -shm, and without them (checkpointed away). The notice must name the folder and the reason,
the session must play to its end with the app still running, and no file may change.
"""
import hashlib
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time

from checks import check, verdict

NOBODY = 65534


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)  # polling another process, not a test clock
    return False


def env():
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tempfile.gettempdir())


def as_reader(command):
    """Runs command as someone who may not write in a read-only folder."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]


def make_history(unknot, data):
    with open(os.path.join(data, "settings.ini"), "w") as f:
        f.write("[session]\nask_pain_before=false\n")
    app = subprocess.Popen([unknot, "--data-dir", data, "--play", "mid-back-strength",
                            "--time-scale", "100"], env=env(), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)

    def steps():
        try:
            with sqlite3.connect(f"file:{data}/history.sqlite3?mode=ro", uri=True) as db:
                return db.execute("SELECT count(*) FROM steps").fetchone()[0]
        except sqlite3.Error:
            return 0
    check("a history to protect is made", wait_for(lambda: steps() >= 2, 20), "")
    app.send_signal(signal.SIGKILL)
    app.wait(timeout=10)


def snapshot(data):
    result = {}
    for name in sorted(os.listdir(data)):
        path = os.path.join(data, name)
        with open(path, "rb") as f:
            result[name] = (hashlib.sha256(f.read()).hexdigest(), os.stat(path).st_mtime_ns)
    return result


def make_read_only(data):
    for name in os.listdir(data):
        os.chmod(os.path.join(data, name), 0o444)
    os.chmod(data, 0o555)


def run_read_only(unknot, name, data):
    before = snapshot(data)
    app = subprocess.Popen(as_reader([unknot, "--data-dir", data, "--play", "mid-back-strength",
                                      "--time-scale", "100"]), env=env(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(9)  # the session lasts about 6.5 s; watching another process, not a test clock
    running = app.poll() is None
    if running:
        app.send_signal(signal.SIGKILL)
    app.wait(timeout=10)
    stderr = app.stderr.read()
    check(f"{name}: the app starts (a dead copy's lock does not keep it out)",
          "already running" not in stderr, stderr)
    check(f"{name}: it still runs after the session", running, f"exit {app.returncode}: {stderr}")
    check(f"{name}: it says sessions cannot be saved", "Sessions cannot be saved" in stderr,
          stderr)
    check(f"{name}: it says why, naming the folder",
          f"no permission to write in the data folder {data}" in stderr, stderr)
    check(f"{name}: it does not blame a missing file", "No such file" not in stderr, stderr)
    check(f"{name}: nothing in the folder changed", snapshot(data) == before,
          f"{before} -> {snapshot(data)}")


def main():
    unknot = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="unknot-ro-") as parent:
        os.chmod(parent, 0o755)
        with_wal = os.path.join(parent, "with-wal")
        os.mkdir(with_wal)
        make_history(unknot, with_wal)
        without_wal = os.path.join(parent, "without-wal")
        shutil.copytree(with_wal, without_wal)
        with sqlite3.connect(os.path.join(without_wal, "history.sqlite3")) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()  # the last connection to close removes the -wal and -shm
        check("the copy has no -wal", not os.path.exists(f"{without_wal}/history.sqlite3-wal"), "")
        for name, data in (("with -wal and -shm", with_wal), ("without -wal and -shm", without_wal)):
            make_read_only(data)
            run_read_only(unknot, name, data)
        for data in (with_wal, without_wal):  # let the temporary folder go
            os.chmod(data, stat.S_IRWXU)
    verdict("read-only data folder")


if __name__ == "__main__":
    main()
