#!/usr/bin/env python3
"""Instruction counts under valgrind --tool=callgrind, which do not depend on the machine's load:
  - start-up to the first frame, of unknot (1,000 user routines, ten years of history) and of the
    bare window (tests/bench/bare_window), offscreen; the start-up probe dumps the counts at the
    first frame and when the routines and history are in (src/gui/startup_probe.h);
  - unknot --list on the same data.
Prints one JSON object: {"first_frame": {"unknot": N, "bare": N}, "ready": N, "list": N}.

  callgrind.py BUILD_DIR SOURCE_DIR
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import prepare_data  # noqa: E402


def totals(path):
    """The instruction count of one callgrind dump (its 'totals:' or 'summary:' line)."""
    for line in path.read_text().splitlines():
        found = re.match(r"(?:totals|summary):\s+(\d+)", line)
        if found:
            return int(found.group(1))
    raise SystemExit(f"callgrind.py: no totals in {path}")


def callgrind(command, env, out_dir, name):
    """Runs `command` under callgrind; returns the counts of its dumps in order (the last one is
    what came after the last dump, to the end)."""
    out = out_dir / name
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.%p", "--"] +
                   command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=600)
    dumps = sorted(out_dir.glob(f"{name}.*"),
                   key=lambda p: [int(x) for x in p.name.split(".")[1:] if x.isdigit()] +
                   ([10**6] if p.name.count(".") == 1 else []))
    return [totals(p) for p in dumps]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", type=Path)
    parser.add_argument("source", type=Path)
    args = parser.parse_args()
    build, source = args.build.resolve(), args.source.resolve()
    with tempfile.TemporaryDirectory(prefix="unknot-callgrind-") as temp:
        temp = Path(temp)
        data = temp / "data"
        prepare_data(build, source, data)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(temp),
                   HOME=str(temp), UNKNOT_STARTUP_PROBE=str(time.monotonic_ns()),
                   UNKNOT_STARTUP_IDLE_MS="15000", SPEECHD_ADDRESS="unix_socket:/nonexistent")
        unknot = str(build / "src/app/unknot")
        bare = callgrind([str(build / "tests/bench/bare_window")], env, temp, "bare")
        app = callgrind([unknot, "--data-dir", str(data)], env, temp, "unknot")
        listed = callgrind([unknot, "--list", "--data-dir", str(data)], env, temp, "list")
    print(json.dumps({"first_frame": {"unknot": app[0], "bare": bare[0]},
                      "ready": app[0] + app[1] if len(app) > 2 else None,
                      "list": sum(listed)}))


if __name__ == "__main__":
    main()
