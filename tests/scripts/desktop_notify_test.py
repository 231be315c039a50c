#!/usr/bin/env python3
"""A reminder through the real notification server: Unknot in Xvfb with openbox and dunst on a
private session bus, its clock set (libfaketime) a few seconds before the practice time. The
Notify call (seen with dbus-monitor) carries the app's icon and the actions "Start NAME" and
"Not today"; choosing "Start" in dunst's context menu (dunstctl context, answered by the scripted
dmenu of desktop_session.py) starts the routine: its session is in the history.

usage: desktop_notify_test.py UNKNOT
Exit 77 when a part is missing (scripts/deps.sh installs them).
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

from checks import check, verdict
from desktop_session import SKIP, CannotRun, Desktop, wait_until

FAKETIME_LIB = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
ROUTINE = {
    "format": 1,
    "routine": {
        "id": "quick-check", "title": "Quick check",
        "summary": "A short hold for the desktop test.", "focus": ["upper-back"],
        "weekly_target": 3, "lead_in": 3,
        "steps": [{"exercise": "childs-pose", "hold": 30}],
    },
}


def data_folder(root):
    os.makedirs(os.path.join(root, "routines"))
    with open(os.path.join(root, "routines", "quick-check.json"), "w") as f:
        json.dump(ROUTINE, f)
    with open(os.path.join(root, "settings.ini"), "w") as f:
        f.write("[session]\nask_pain_before=false\n[player]\nsound=false\nvoice=false\n"
                "[reminder]\ndays=127\ntime=1080\nroutine=quick-check\n")  # every day at 18:00


def sessions(data):
    path = os.path.join(data, "history.sqlite3")
    if not os.path.exists(path):
        return []
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return [r[0] for r in db.execute("SELECT routine_id FROM sessions")]
    except sqlite3.OperationalError:
        return []


def notify_calls(log):
    """The Notify calls dbus-monitor printed: (app_icon, summary, actions, hint names)."""
    calls, lines = [], open(log).read().splitlines()
    for i, line in enumerate(lines):
        if "member=Notify" not in line:
            continue
        strings, actions, hints, depth, j = [], [], [], 0, i + 1
        while j < len(lines) and not lines[j].startswith(("method", "signal", "method return")):
            text = lines[j].strip()
            if text.startswith("array ["):
                depth += 1
            elif text == "]":
                depth -= 1
            elif text.startswith("string ") and depth == 0:
                strings.append(json.loads(text[len("string "):]))
            elif text.startswith("string ") and depth == 1 and len(hints) == 0 and \
                    "dict entry(" not in lines[j - 1]:
                actions.append(json.loads(text[len("string "):]))
            elif text.startswith("dict entry("):
                hints.append(json.loads(lines[j + 1].strip()[len("string "):]))
            j += 1
        calls.append((strings[1] if len(strings) > 1 else "", strings[2] if len(strings) > 2 else "",
                      actions, hints))
    return calls


def main():
    unknot = sys.argv[1]
    if not os.path.exists(FAKETIME_LIB):
        print("skip: libfaketime missing (scripts/deps.sh installs faketime)")
        return SKIP
    try:
        with Desktop({"wm", "notify"}) as desktop, tempfile.TemporaryDirectory() as data:
            data_folder(data)
            monitor_log = os.path.join(desktop.tmp, "monitor.log")
            desktop.spawn("monitor", ["dbus-monitor", "--session",
                                      "interface='org.freedesktop.Notifications'"],
                          stdout=open(monitor_log, "w"))
            env = dict(desktop.env, TZ="UTC", LD_PRELOAD=FAKETIME_LIB,
                       FAKETIME="@2024-06-17 17:59:52", FAKETIME_DONT_FAKE_MONOTONIC="1")
            app = subprocess.Popen([unknot, "--data-dir", data], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            try:
                shown = wait_for(lambda: notify_calls(monitor_log), 40)
                check("the reminder is sent to org.freedesktop.Notifications", shown,
                      open(monitor_log).read()[-2000:])
                if shown:
                    icon, summary, actions, hints = notify_calls(monitor_log)[0]
                    print("Notify:", icon, summary, actions, hints)
                    check("with the app's icon", icon.startswith("io.") or "unknot" in icon.lower(),
                          icon)
                    check("and the icon's pixels", "image-data" in hints, str(hints))
                    check("with the actions Start NAME and Not today",
                          actions[2:] == ["start", "Start Quick check", "not-today", "Not today"],
                          str(actions))
                    wait_until(lambda: desktop.run(["dunstctl", "count", "displayed"]).stdout
                               .strip() == "1", 10, "dunst showing it")
                    with open(os.path.join(desktop.tmp, "dmenu-choice"), "w") as f:
                        f.write("^#?Start Quick check")
                    desktop.run(["dunstctl", "context"])
                    started = wait_for(lambda: "quick-check" in sessions(data), 20)
                    offered = open(os.path.join(desktop.tmp, "dmenu-offered.txt")).read() \
                        if os.path.exists(os.path.join(desktop.tmp, "dmenu-offered.txt")) else ""
                    check("choosing Start in dunst starts the routine", started,
                          "dunst offered: " + offered)
            finally:
                app.terminate()
                err = app.communicate(timeout=10)[1]
                if failures_so_far():
                    print(err[-2000:])
    except CannotRun as e:
        print(f"skip: {e}")
        return SKIP
    verdict("reminder through dunst")
    return 0


def failures_so_far():
    from checks import failures
    return bool(failures)


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)  # polling another process, not a test clock
    return False


if __name__ == "__main__":
    sys.exit(main())
