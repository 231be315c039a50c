#!/usr/bin/env python3
"""GUI stalls with a big library: unknot with 10,000 user routines (and ten years of history) under
Xvfb with openbox, its stall probe on (src/gui/stall_probe.h). Reports the longest time the event
loop did not come round, and how much of it the GUI thread was running:
  - at start-up: from the first frame until two seconds after the routines and history are in;
  - after an editor save: the Editor tab, a user routine's title changed and saved (Ctrl+S),
    then five seconds (the library reads the saved file again meanwhile).
Prints one JSON object.

  stall.py BUILD_DIR SOURCE_DIR [--routines N] [--runs R]
"""
import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import start_xvfb  # noqa: E402


def prepare_data(build, source, data, routines):
    tools = build / "tests" / "bench"
    subprocess.run([str(tools / "make_user_routines"), str(source), str(data / "routines"),
                    str(routines)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(tools / "history_generator"), str(data / "history.sqlite3")], check=True,
                   stdout=subprocess.DEVNULL)


class Probe:
    """Reads unknot's probe lines as they come."""

    def __init__(self, process):
        self.lines = queue.Queue()
        self.stalls = []  # (at_ms, gap_ms, cpu_ms)
        self.marks = {}
        threading.Thread(target=self._read, args=(process,), daemon=True).start()

    def _read(self, process):
        for line in process.stderr:
            parts = line.split()
            if len(parts) == 5 and parts[:2] == ["unknot-probe", "stall"]:
                self.stalls.append(tuple(float(p) for p in parts[2:]))
            elif len(parts) == 3 and parts[0] == "unknot-probe":
                self.marks[parts[1]] = float(parts[2])
                self.lines.put(parts[1])

    def wait_for(self, mark, timeout=120):
        end = time.monotonic() + timeout
        while mark not in self.marks:
            try:
                self.lines.get(timeout=max(0.1, end - time.monotonic()))
            except queue.Empty:
                if time.monotonic() > end:
                    sys.exit(f"stall.py: no '{mark}' from unknot")
        return self.marks[mark]

    def longest(self, start_ms, end_ms):
        inside = [s for s in self.stalls if start_ms <= s[0] <= end_ms + 1000]
        worst = max(inside, key=lambda s: s[1], default=(0.0, 0.0, 0.0))
        return {"gap_ms": worst[1], "cpu_ms": worst[2], "stalls_over_20_ms": len(inside)}


def since_launch_ms(launch_ns):
    return (time.monotonic_ns() - launch_ns) / 1e6


def key(env, *names):
    for name in names:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], env=env, check=True)
        time.sleep(0.4)


def run_once(build, data, env):
    launch_ns = time.monotonic_ns()
    env = dict(env, UNKNOT_STARTUP_PROBE=str(launch_ns), UNKNOT_STARTUP_IDLE_MS=str(10**9),
               UNKNOT_STALL_PROBE="1")
    app = subprocess.Popen([str(build / "src/app/unknot"), "--data-dir", str(data)], env=env,
                           stderr=subprocess.PIPE, text=True)
    try:
        probe = Probe(app)
        shown = probe.wait_for("shown_ms")
        ready = probe.wait_for("ready_ms")
        time.sleep(2.0)
        result = {"ready_ms": ready - shown,
                  "start_up": probe.longest(shown, ready + 2000)}
        window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                 str(app.pid)], env=env, capture_output=True, text=True,
                                check=True).stdout.split()[0]
        subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, check=True)
        # The editor (Alt+I): its list, the first routine (a user routine, the built-in ones come
        # last), its title changed.
        key(env, "alt+i", "alt+r", "ctrl+Home", "alt+t", "End", "x")
        time.sleep(1.0)
        saved = since_launch_ms(launch_ns)
        key(env, "ctrl+s")
        time.sleep(5.0)
        result["save"] = probe.longest(saved, since_launch_ms(launch_ns))
        return result
    finally:
        app.kill()
        app.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=Path)
    parser.add_argument("source", type=Path)
    parser.add_argument("--routines", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    build, source = args.build.resolve(), args.source.resolve()
    runs = []
    with tempfile.TemporaryDirectory(prefix="unknot-stall-") as temp:
        data = Path(temp) / "data"
        prepare_data(build, source, data, args.routines)
        xvfb, display = start_xvfb()
        wm = None
        try:
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=temp,
                       HOME=temp, SPEECHD_ADDRESS="unix_socket:/nonexistent")
            env.pop("WAYLAND_DISPLAY", None)
            env.pop("DBUS_SESSION_BUS_ADDRESS", None)
            wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
            time.sleep(1.0)
            for _ in range(args.runs):
                runs.append(run_once(build, data, env))
                print(f"stall.py: {runs[-1]}", file=sys.stderr)
        finally:
            if wm:
                wm.kill()
                wm.wait()
            xvfb.terminate()
            xvfb.wait()
    median = {part: {k: statistics.median(r[part][k] for r in runs) for k in runs[0][part]}
              for part in ("start_up", "save")}
    print(json.dumps({"routines": args.routines, "runs": runs, "median": median}))


if __name__ == "__main__":
    main()
