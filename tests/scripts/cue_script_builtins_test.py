#!/usr/bin/env python3
"""Every built-in routine's cue script, in English and in German (LANGUAGE=de), as the person on
the mat hears it: no raw {left|right} choices, the side named in the lead-in of every sided
exercise and at every side switch, speech inside every hold after its first five seconds, and the
3-2-1 at the end of every hold.
usage: cue_script_builtins_test.py UNKNOT ROUTINES_DIR
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, verdict  # noqa: E402

unknot, routines_dir = sys.argv[1], sys.argv[2]
LINE = re.compile(r"^\s*(\d+):(\d\d)\.(\d)  #(\d+) (\S+)\s+(\S+)\s+(\d)  (.+)$")
SPEECH_AFTER = 5.0  # a hold is never silent after its first seconds ...
QUIET_HOLD = 10.0   # ... when it is longer than this


def sided_names():
    """The names, English and German, of the exercises done on each side or alternating."""
    names = set()
    for path in glob.glob(os.path.join(routines_dir, "*.json")):
        with open(path, encoding="utf-8") as f:
            for exercise in json.load(f).get("exercises", []):
                if exercise.get("sides", "none") != "none":
                    names.add(exercise["name"])
                    names.add(exercise.get("translations", {}).get("de", {}).get("name", ""))
    return names - {""}


def phases(out):
    """{phase: (kind, start, [(seconds, category, what)])}, start: the first row."""
    found = {}
    for line in out.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        at = int(m[1]) * 60 + int(m[2]) + int(m[3]) / 10
        kind, rows = found.setdefault(int(m[4]), (m[5], []))
        rows.append((at, m[6], m[8]))
    return {p: (kind, rows[0][0], rows) for p, (kind, rows) in found.items()}


def check_routine(routine_id, language, sided, data):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="none-at-all", LANGUAGE=language, LC_ALL="C.UTF-8")
    result = subprocess.run([unknot, "--data-dir", data, "--cue-script", routine_id], env=env,
                            capture_output=True, text=True, timeout=60)
    where = f"{routine_id} ({language})"
    check(f"{where}: exit 0", result.returncode == 0, result.stderr)
    found = phases(result.stdout)
    check(f"{where}: has phases", len(found) > 2, result.stdout[:200])
    ordered = sorted(found)
    for i, p in enumerate(ordered):
        kind, start, rows = found[p]
        end = found[ordered[i + 1]][1] if i + 1 < len(ordered) else None
        said = [(at, cat, what) for at, cat, what in rows if not what.startswith("[")]
        for _, _, what in said:
            check(f"{where} #{p}: no raw side choice", not re.search(r"[{}|]", what), what)
        if kind == "lead-in":
            names = [w for _, c, w in said if c == "announcement"]
            if names and names[0].rstrip(".") in sided:
                check(f"{where} #{p}: the lead-in of a sided exercise names the side",
                      len(names) >= 2, names)
        if kind == "switch-sides":
            check(f"{where} #{p}: the side switch names the side",
                  any(c == "announcement" for _, c, _ in said), said)
        if kind == "hold" and end is not None:
            if end - start > QUIET_HOLD:
                check(f"{where} #{p}: speech after the hold's first {SPEECH_AFTER:.0f} s",
                      any(at >= start + SPEECH_AFTER for at, _, _ in said), said)
            ticks = [round(at - start, 1) for at, _, w in rows if w == "[tick]"]
            length = round(end - start, 1)
            check(f"{where} #{p}: 3-2-1 at the hold's end",
                  ticks[-3:] == [length - 3, length - 2, length - 1], (ticks, length))


def main():
    sided = sided_names()
    with tempfile.TemporaryDirectory() as data:
        listed = subprocess.run([unknot, "--data-dir", data, "--list", "--json"],
                                capture_output=True, text=True, timeout=60,
                                env=dict(os.environ, QT_QPA_PLATFORM="none-at-all"))
        ids = [r["id"] for r in json.loads(listed.stdout) if r.get("built_in")]
        check("six built-in routines", len(ids) >= 6, ids)
        for routine_id in ids:
            for language in ("en", "de"):
                check_routine(routine_id, language, sided, data)
    verdict("cue scripts of every built-in routine, English and German")


main()
