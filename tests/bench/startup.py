#!/usr/bin/env python3
"""Start-up benchmark: unknot with 1,000 user routines and ten years of history against a bare Qt
Widgets window, under Xvfb, alternating runs. Both report through the same probe
(src/gui/startup_probe.h): milliseconds from launch until the window is first exposed, and VmRSS
once the event loop has idled for two seconds; unknot also reports when the user's routines and
the history, loaded after the window is shown, are in (ready_ms). Prints one JSON object with every run and medians.

  startup.py BUILD_DIR SOURCE_DIR [--runs N]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def start_xvfb():
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24", "-noreset",
                             "-nolisten", "tcp"], pass_fds=[write_fd], stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    if not display:
        sys.exit("startup.py: Xvfb did not start")
    return xvfb, ":" + display


def prepare_data(build, source, data):
    tools = build / "tests" / "bench"
    subprocess.run([str(tools / "make_user_routines"), str(source), str(data / "routines"), "1000"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(tools / "history_generator"), str(data / "history.sqlite3")], check=True,
                   stdout=subprocess.DEVNULL)


def run_once(command, env):
    env = dict(env, UNKNOT_STARTUP_PROBE=str(time.monotonic_ns()))
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    values = {}
    for line in done.stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "unknot-probe":
            values[parts[1]] = float(parts[2])
    if done.returncode != 0 or not {"shown_ms", "idle_rss_kb"} <= values.keys():
        sys.exit(f"startup.py: {command[0]} failed ({done.returncode}):\n{done.stderr}")
    return values


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=Path)
    parser.add_argument("source", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    build, source = args.build.resolve(), args.source.resolve()
    with tempfile.TemporaryDirectory(prefix="unknot-startup-") as temp:
        data = Path(temp) / "data"
        prepare_data(build, source, data)
        xvfb, display = start_xvfb()
        try:
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                       XDG_RUNTIME_DIR=temp, HOME=temp)
            env.pop("WAYLAND_DISPLAY", None)
            commands = {"bare": [str(build / "tests/bench/bare_window")],
                        "unknot": [str(build / "src/app/unknot"), "--data-dir", str(data)]}
            runs = {name: [] for name in commands}
            for name, command in commands.items():  # warm the file cache, not counted
                run_once(command, env)
            for _ in range(args.runs):
                for name, command in commands.items():
                    runs[name].append(run_once(command, env))
        finally:
            xvfb.terminate()
            xvfb.wait()
    result = {"runs": runs, "median": {}}
    for name, values in runs.items():
        keys = {key for v in values for key in v}  # unknot also reports ready_ms
        result["median"][name] = {key: statistics.median(v[key] for v in values) for key in keys}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
