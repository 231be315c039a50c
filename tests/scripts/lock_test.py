#!/usr/bin/env python3
"""Never locked out: the real app starts whenever no live copy owns its data folder.

usage: lock_test.py UNKNOT

Each case writes an `unknot.lock` into a fresh data folder and starts the real app on it:
an empty lock (a copy killed before it wrote one), garbage, the pid of a process that has
exited, and the pid of a live Unknot that owns another folder are all taken over: the app runs
and the lock then names it. A live copy on the same folder is still asked to come to the front.
A lock written on another computer asks "Another computer, NAME, may be using this folder. Open
anyway?": the test answers with keys in a private Xvfb (skipped, exit 77, without Xvfb or
xdotool): Enter opens, Esc quits and leaves the lock alone.
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from checks import check, failures, verdict


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)  # polling another process, not a test clock
    return False


def start(unknot, data, env=None):
    env = env or dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([unknot, "--data-dir", data], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    # Qt's main thread must be the one that runs QApplication, or keys get lost now and then.
    errors = process.stderr.read()
    check("Qt's main thread is main()'s", "not created in the main() thread" not in errors, errors)
    return errors


def lock_pid(data):
    try:
        with open(os.path.join(data, "unknot.lock"), "rb") as f:
            return f.readline().strip().decode("ascii", "replace")
    except OSError:
        return ""


def owns(app, data):
    """The app runs and its lock names it."""
    return app.poll() is None and lock_pid(data) == str(app.pid)


def dead_pid():
    done = subprocess.Popen(["true"])
    done.wait()
    return done.pid  # reaped: nothing runs with this pid for now


def taken_over(unknot, name, lock_bytes):
    with tempfile.TemporaryDirectory(prefix="unknot-lock-") as data:
        with open(os.path.join(data, "unknot.lock"), "wb") as f:
            f.write(lock_bytes)
        app = start(unknot, data)
        ok = wait_for(lambda: owns(app, data) or app.poll() is not None, 20) and owns(app, data)
        stderr = stop(app)
        check(f"{name}: the app starts and takes the lock over", ok, stderr)


def live_unknot_elsewhere(unknot):
    """A live Unknot's pid in a folder it does not hold: Qt sees a live owner, but no one holds it."""
    with tempfile.TemporaryDirectory(prefix="unknot-lock-other-") as other:
        running = start(unknot, other)
        check("the other copy starts", wait_for(lambda: owns(running, other), 20), "")
        with open(os.path.join(other, "unknot.lock"), "rb") as f:
            copied = f.read()
        taken_over(unknot, "a lock naming a live Unknot that holds another folder", copied)
        stop(running)


def live_copy_raised(unknot):
    with tempfile.TemporaryDirectory(prefix="unknot-lock-live-") as data:
        first = start(unknot, data)
        check("a live copy: the first starts", wait_for(lambda: owns(first, data), 20), "")
        second = subprocess.run([unknot, "--data-dir", data], capture_output=True, text=True,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=30)
        check("a live copy: the second exits 0", second.returncode == 0, second.stderr)
        check("a live copy: the second says it raised the first",
              "already running" in second.stderr, second.stderr)
        check("a live copy: the first still runs and holds the lock", owns(first, data), "")
        stop(first)


def foreign_lock(pid):
    return f"{pid}\nunknot\nmat-laptop\n0123456789abcdef0123456789abcdef\n" \
           "00000000-1111-2222-3333-444444444444\n".encode()


class Xvfb:
    def __init__(self):
        self.display = next(f":{n}" for n in range(230, 290)
                            if not os.path.exists(f"/tmp/.X11-unix/X{n}")
                            and not os.path.exists(f"/tmp/.X{n}-lock"))
        self.server = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1280x800x24", "-noreset",
                                        "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        self.env = dict(os.environ, DISPLAY=self.display)
        self.env.pop("QT_QPA_PLATFORM", None)
        if not wait_for(lambda: self.xdotool("getdisplaygeometry").returncode == 0, 10):
            raise RuntimeError("Xvfb did not start")

    def xdotool(self, *args):
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              timeout=20)

    def window_of(self, pid):
        found = self.xdotool("search", "--onlyvisible", "--pid", str(pid))
        ids = found.stdout.split()
        return ids[-1] if ids else None

    def visible(self, window):
        return window in self.xdotool("search", "--onlyvisible", "--name", ".").stdout.split()

    def answer(self, window, key):
        """Presses key on window until the window goes: a window just mapped may miss it."""
        for _ in range(10):
            self.xdotool("windowfocus", "--sync", window)
            self.xdotool("key", "--clearmodifiers", key)
            if wait_for(lambda: not self.visible(window), 1):
                return True
        return False

    def close(self):
        self.server.terminate()
        self.server.wait(timeout=10)


def foreign_host(unknot, x, key, opens):
    name = f"a lock from another computer, answered with {key}"
    with tempfile.TemporaryDirectory(prefix="unknot-lock-foreign-") as data:
        lock = os.path.join(data, "unknot.lock")
        with open(lock, "wb") as f:
            f.write(foreign_lock(4242))
        app = start(unknot, data, x.env)
        asked = wait_for(lambda: x.window_of(app.pid) or app.poll() is not None, 20)
        window = x.window_of(app.pid) if asked else None
        check(f"{name}: a window asks", window is not None, "" if window else stop(app))
        title = x.xdotool("getwindowname", window).stdout.strip() if window else ""
        check(f"{name}: it is the question, not the main window", "Unknot" in title and
              lock_pid(data) == "4242", title)
        if window:
            check(f"{name}: the question goes", x.answer(window, key), "")
        if opens:
            check(f"{name}: the app opens and takes the lock",
                  wait_for(lambda: owns(app, data), 20), lock_pid(data))
            stop(app)
        else:
            exited = wait_for(lambda: app.poll() is not None, 20)
            stderr = stop(app)
            check(f"{name}: the app quits, exit 0", exited and app.returncode == 0, stderr)
            check(f"{name}: it says why", "mat-laptop" in stderr, stderr)
            with open(lock, "rb") as f:
                check(f"{name}: the other computer's lock is left alone",
                      f.read() == foreign_lock(4242), "")


def main():
    unknot = sys.argv[1]
    host = socket.gethostname()
    taken_over(unknot, "an empty lock", b"")
    taken_over(unknot, "a garbage lock", b"\x00\xff\xfe not a lock at all\n\n")
    taken_over(unknot, "a dead copy's lock", f"{dead_pid()}\nunknot\n{host}\n".encode())
    live_unknot_elsewhere(unknot)
    live_copy_raised(unknot)
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        verdict("lock test (without the other-computer cases)")
        print("skip: the other-computer question needs Xvfb and xdotool")
        sys.exit(77 if not failures else 1)
    x = Xvfb()
    try:
        foreign_host(unknot, x, "Return", opens=True)
        foreign_host(unknot, x, "Escape", opens=False)
    finally:
        x.close()
    verdict("lock test")


if __name__ == "__main__":
    main()
