#!/usr/bin/env python3
"""unknot --cue-script ID [--guidance LEVEL], as a routine author runs it, without a display: what
the coach says and plays, in order and on time, for a built-in routine, for the user's own routine
(with its own words and no lead-in of its own), at a quieter level, and an unknown id.
usage: cue_script_test.py UNKNOT
"""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, verdict  # noqa: E402

unknot = sys.argv[1]
env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
env.update(QT_QPA_PLATFORM="none-at-all", LANGUAGE="en", LC_ALL="C.UTF-8", LANG="C.UTF-8")
LINE = re.compile(r"^\s*(\d+):(\d\d)\.(\d)  #(\d+) (\S+)\s+(\S+)\s+(\d)  (.+)$")

USER_ROUTINE = {
    "format": 1,
    "exercises": [{
        "id": "my-wall-press", "name": "My wall press", "summary": "Press into the wall.",
        "instructions": ["Stand an arm's length from the wall.",
                         "Press both palms into the wall.", "Hold the press and breathe."],
        "cues": ["Keep your shoulders low."],
        "cautions": ["Stop if your wrists hurt."],
        "equipment": ["wall"], "focus": ["upper-back"], "sides": "none"}],
    "routine": {
        "id": "my-routine", "title": "My routine", "summary": "Mine.", "focus": ["upper-back"],
        "weekly_target": 3, "lead_in": 0,
        "steps": [{"exercise": "my-wall-press", "hold": 40, "rest_after": 10},
                  {"rest": 5}]}}


def cue_script(data, *args):
    return subprocess.run([unknot, "--data-dir", data, "--cue-script", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def items(out):
    """[(seconds, phase, kind, category, priority, what)] from the output's lines."""
    rows = []
    for line in out.splitlines():
        if line.startswith("#"):
            continue
        m = LINE.match(line)
        check("every line reads as time, phase, category, priority, what", m, repr(line))
        if m:
            seconds = int(m[1]) * 60 + int(m[2]) + int(m[3]) / 10
            rows.append((seconds, int(m[4]), m[5], m[6], int(m[7]), m[8]))
    return rows


def texts(rows):
    return [r[5] for r in rows]


with tempfile.TemporaryDirectory() as data:
    # A built-in routine at full coaching.
    result = cue_script(data, "upper-back-stretch")
    check("a built-in routine: exit 0", result.returncode == 0, result.stderr)
    header = result.stdout.splitlines()[0] if result.stdout else ""
    check("the header names the routine, its length and the level",
          header.startswith("# Upper-back knots: stretch and release: ") and
          "guidance full" in header, header)
    rows = items(result.stdout)
    check("times never go back", all(a[0] <= b[0] for a, b in zip(rows, rows[1:])),
          "out of order")
    routine = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                          "routines", "upper-back-stretch.json")))["routine"]
    first = routine.get("check_first", []) + routine.get("before_you_start", [])
    check("it starts with a sound, what to check and have ready, then the first exercise's name",
          texts(rows)[:len(first) + 2] == ["[phase-start]"] + first + ["Upper-back stretch."],
          texts(rows)[:len(first) + 2])
    check("the lead-in says when to stop",
          any(r[2] == "lead-in" and r[3] == "safety" and r[5].startswith("Stop if") for r in rows))
    check("holds say halfway and last five seconds",
          "Halfway." in texts(rows) and "Last five seconds." in texts(rows))
    check("the side switch says the other side", "Other side: right." in texts(rows))
    check("rests name what comes next",
          any(r[2] == "rest-after" and r[5].startswith("Next: ") for r in rows))
    check("a form cue or breathing reminder is said",
          any(r[3] in ("form", "breathing") for r in rows))
    check("3-2-1 ticks", texts(rows).count("[tick]") >= 30)
    check("it ends with the finished sound and well done",
          texts(rows)[-2:] == ["[finished]", "Well done. Session complete."], texts(rows)[-2:])
    full_end = rows[-1][0]

    # In German, the coach's own words are German.
    german = dict(env, LANGUAGE="de", LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8")
    result = subprocess.run([unknot, "--data-dir", data, "--cue-script", "upper-back-stretch"],
                            env=german, capture_output=True, text=True, timeout=60)
    said = texts(items(result.stdout))
    check("in German: Pause, Halbzeit, Gut gemacht",
          all(t in said for t in ["Pause.", "Halbzeit.", "Noch fünf Sekunden.",
                                  "Andere Seite: rechts."]) and said[-1].startswith("Gut gemacht"),
          said[-3:])

    # Names and counts: no instructions, shorter lead-ins.
    result = cue_script(data, "upper-back-stretch", "--guidance", "names-and-counts")
    check("--guidance names-and-counts: exit 0", result.returncode == 0, result.stderr)
    quiet = items(result.stdout)
    check("the header says the level", "guidance names-and-counts" in result.stdout)
    check("the lead-ins are not lengthened for a setup that is not said",
          quiet and quiet[-1][0] < full_end, f"{quiet[-1][0] if quiet else None} vs {full_end}")

    # The user's own routine: its words, a lead-in the coach adds for the setup.
    os.makedirs(os.path.join(data, "routines"))
    with open(os.path.join(data, "routines", "my-routine.json"), "w") as f:
        json.dump(USER_ROUTINE, f)
    result = cue_script(data, "my-routine")
    check("a user routine: exit 0", result.returncode == 0, result.stderr)
    mine = items(result.stdout)
    said = texts(mine)
    check("a lead-in is added for the setup", mine and mine[0][2] == "lead-in",
          mine[:1])
    check("the user's setup, movement, stop condition and equipment are said",
          all(t in said for t in ["My wall press.", "You need: wall.",
                                  "Stand an arm's length from the wall.",
                                  "Stop if your wrists hurt.", "Press both palms into the wall.",
                                  "Hold the press and breathe."]), said)
    check("the setup comes before the stop condition",
          "Stand an arm's length from the wall." in said and "Stop if your wrists hurt." in said
          and said.index("Stand an arm's length from the wall.") <
          said.index("Stop if your wrists hurt."))
    check("its form cue is said in the 40 s hold", "Keep your shoulders low." in said, said)

    # An unknown id.
    result = cue_script(data, "no-such-routine")
    check("an unknown id: exit 2", result.returncode == 2, result.returncode)
    check("an unknown id is named, with the known ones",
          "no routine with id 'no-such-routine'" in result.stderr and "my-routine" in
          result.stderr, result.stderr)
    check("an unknown id prints no script", result.stdout == "", result.stdout)

verdict("cue script")
