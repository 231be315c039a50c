#!/usr/bin/env python3
"""Under a file-size limit (`ulimit -f`), the real app is not killed by SIGXFSZ: a write past the
limit fails with EFBIG, which the history handles like a full disk, and the person is told.

usage: file_size_limit_test.py UNKNOT

The app plays mid-back-strength offscreen at --time-scale 100 (about 6.5 s) with a 16 KiB limit,
which the history's first writes pass. It must still run after the session (the summary is up),
say on stderr why sessions are not logged, and leave no file over the limit.
"""
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time

from checks import check, verdict

LIMIT = 16 * 1024


def limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def main():
    unknot = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="unknot-fsize-") as data:
        with open(os.path.join(data, "settings.ini"), "w") as f:
            f.write("[session]\nask_pain_before=false\n")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        app = subprocess.Popen([unknot, "--data-dir", data, "--play", "mid-back-strength",
                                "--time-scale", "100"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, preexec_fn=limit_file_size)
        deadline = time.monotonic() + 10  # the session lasts about 6.5 s
        while time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.1)  # watching another process, not a test clock
        running = app.poll() is None
        if running:
            app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
        stderr = app.stderr.read()
        check("the app is not killed by SIGXFSZ", app.returncode != -signal.SIGXFSZ,
              f"exit {app.returncode}: {stderr}")
        check("the app still runs after the session", running, f"exit {app.returncode}")
        check("the person is told the history cannot be written",
              "disk is full" in stderr or "too large" in stderr.lower(), stderr)
        sizes = {name: os.path.getsize(os.path.join(data, name)) for name in os.listdir(data)}
        check("no file grew past the limit", all(size <= LIMIT for size in sizes.values()),
              str(sizes))
    verdict("file size limit")


if __name__ == "__main__":
    main()
