#!/usr/bin/env python3
"""Idle CPU per page: unknot with 1,000 user routines and ten years of history, under Xvfb with a
window manager (openbox), driven with keys as a person would (xdotool). On each page, once it has
settled, nobody touches it for SECONDS (default 60) and the process's CPU time (utime + stime of
/proc/PID/stat, every thread) and its threads' context switches (wakeups) are read before and
after. Prints one JSON object: {"seconds": S, "pages": {page: {"cpu_percent", "wakeups_per_s"}}}.

  idle_cpu.py BUILD_DIR SOURCE_DIR [--seconds S] [--settle S]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import prepare_data, start_xvfb  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime (fields 14 and 15)


def wakeups(pid):
    """Context switches of each thread, by thread id."""
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            counts[task.name] = sum(
                int(line.split()[1]) for line in (task / "status").read_text().splitlines()
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")))
        except FileNotFoundError:  # a thread that ended meanwhile
            pass
    return counts


def measure(pid, seconds):
    cpu0, wake0, t0 = cpu_seconds(pid), wakeups(pid), time.monotonic()
    time.sleep(seconds)
    cpu1, wake1, t1 = cpu_seconds(pid), wakeups(pid), time.monotonic()
    wall = t1 - t0
    woken = sum(count - wake0.get(tid, 0) for tid, count in wake1.items())  # new threads too
    return {"cpu_percent": 100.0 * (cpu1 - cpu0) / wall, "wakeups_per_s": woken / wall}


def keys(env, *names):
    for name in names:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], env=env, check=True)
        time.sleep(0.3)


def wait_for_ready(process):
    for line in process.stderr:
        if line.startswith("unknot-probe ready_ms"):
            return
    sys.exit("idle_cpu.py: unknot ended before it was ready")


# (page, keys that lead there from the page before)
PAGES = [("library", []),
         ("history", ["alt+h"]),
         ("editor", ["ctrl+Tab"]),
         ("library, window inactive", ["ctrl+Tab", "ctrl+f", "Down", "Down", "other window"]),
         ("library, window minimised", ["minimise"]),
         ("pain question", ["restore", "ctrl+f", "Return"]),
         ("player, playing", ["Escape"]),
         ("player, paused", ["space"])]


def screenshot(env, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    xwd = subprocess.run(["xwd", "-root", "-silent"], env=env, capture_output=True, check=True)
    subprocess.run(["convert", "xwd:-", str(path)], input=xwd.stdout, check=True)


def drive(env, window, actions, others):
    for action in actions:
        if action == "other window":  # another window takes the focus
            others.append(subprocess.Popen(["xmessage", "-center", "another window"], env=env,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            time.sleep(1.0)
        elif action == "minimise":
            subprocess.run(["xdotool", "windowminimize", window], env=env, check=True)
        elif action == "restore":
            while others:
                others.pop().kill()
            subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, check=True)
            time.sleep(0.5)
        else:
            keys(env, action)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=Path)
    parser.add_argument("source", type=Path)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--settle", type=float, default=20,
                        help="seconds on a page before measuring (the preview's few cycles)")
    parser.add_argument("--shots", type=Path, help="a screenshot of each page into this folder")
    args = parser.parse_args()
    build, source = args.build.resolve(), args.source.resolve()
    result = {"seconds": args.seconds, "pages": {}}
    with tempfile.TemporaryDirectory(prefix="unknot-idle-") as temp:
        data = Path(temp) / "data"
        prepare_data(build, source, data)
        xvfb, display = start_xvfb()
        wm = app = None
        others = []
        try:
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=temp,
                       HOME=temp, UNKNOT_STARTUP_PROBE=str(time.monotonic_ns()),
                       UNKNOT_STARTUP_IDLE_MS=str(10**9),
                       SPEECHD_ADDRESS="unix_socket:/nonexistent")
            env.pop("WAYLAND_DISPLAY", None)
            env.pop("DBUS_SESSION_BUS_ADDRESS", None)
            wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
            time.sleep(1.0)
            app = subprocess.Popen([str(build / "src/app/unknot"), "--data-dir", str(data)],
                                   env=env, stderr=subprocess.PIPE, text=True)
            wait_for_ready(app)
            window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                     str(app.pid)], env=env, capture_output=True, text=True,
                                    check=True).stdout.split()[0]
            subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, check=True)
            for page, actions in PAGES:
                drive(env, window, actions, others)
                time.sleep(args.settle)
                result["pages"][page] = measure(app.pid, args.seconds)
                if args.shots:
                    screenshot(env, args.shots / (page.replace(", ", "-").replace(" ", "-") + ".png"))
                print(f"idle_cpu.py: {page}: {result['pages'][page]}", file=sys.stderr)
        finally:
            for process in [app, wm] + others:
                if process:
                    process.kill()
                    process.wait()
            xvfb.terminate()
            xvfb.wait()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
