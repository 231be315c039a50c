#!/usr/bin/env python3
"""Unknot as a desktop citizen, against the real parts: Xvfb, openbox, dunst on a private session
bus and trayer (tests/scripts/desktop_session.py starts and stops them all).

1. The player takes the whole screen when a session starts (_NET_WM_STATE_FULLSCREEN, as openbox
   sets it), F11 gives the window back and takes the screen again, and the window is given back
   when the session ends.
2. Reminders on, no tray: trayer started after Unknot is picked up (Unknot's icon is embedded).
   Closing the window (Alt+F4, through openbox) hides it to the tray: the process runs on and
   says so once through dunst; starting Unknot again raises the running copy; Ctrl+Q quits.
3. --background with a tray: only the tray icon, no window.

usage: desktop_window_test.py UNKNOT
Exit 77 when a part is missing (scripts/deps.sh installs them).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

from checks import check, verdict
from desktop_session import SKIP, CannotRun, Desktop

ROUTINE = {
    "format": 1,
    "routine": {
        "id": "quick-check", "title": "Quick check",
        "summary": "A short hold for the desktop test.", "focus": ["upper-back"],
        "weekly_target": 3, "lead_in": 3,
        "steps": [{"exercise": "childs-pose", "hold": 60}],
    },
}


def data_folder(root, reminders):
    os.makedirs(os.path.join(root, "routines"))
    with open(os.path.join(root, "routines", "quick-check.json"), "w") as f:
        json.dump(ROUTINE, f)
    with open(os.path.join(root, "settings.ini"), "w") as f:
        f.write("[session]\nask_pain_before=false\n[player]\nsound=false\nvoice=false\n")
        if reminders:
            f.write("[reminder]\ndays=127\ntime=1080\n")


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.1)  # polling other processes, not a test clock
    return None


def start(desktop, data, *args):
    return subprocess.Popen([desktop.unknot, "--data-dir", data, *args], env=desktop.env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def stop(app):
    if app.poll() is None:
        app.terminate()
    return app.communicate(timeout=10)[1]


def main_window(desktop, app):
    ids = desktop.windows(app.pid)
    return ids[0] if ids else None


def full_screen(desktop, window):
    return "_NET_WM_STATE_FULLSCREEN" in desktop.window_state(window)


def tray_icons(desktop):
    """Unknot's windows embedded in trayer's panel (XEmbed reparents the tray icon into it)."""
    tree = desktop.run(["xwininfo", "-tree", "-root"]).stdout
    ancestors, icons = [], []
    for line in tree.splitlines():
        text = line.strip()
        if not text.startswith("0x"):
            continue
        indent = len(line) - len(line.lstrip())
        while ancestors and ancestors[-1][0] >= indent:
            ancestors.pop()
        if '("unknot" "unknot")' in text and any('("panel" "trayer")' in a for _, a in ancestors):
            icons.append(text.split()[0])
        ancestors.append((indent, text))
    return icons


def full_screen_session(desktop, data):
    app = start(desktop, data, "--play", "quick-check", "--time-scale", "10")
    try:
        window = wait_for(lambda: main_window(desktop, app), 30)
        check("the window opens", window, "no window")
        if not window:
            return
        check("the session takes the whole screen",
              wait_for(lambda: full_screen(desktop, window), 10), desktop.window_state(window))
        desktop.activate(window)
        desktop.key(window, "F11")
        check("F11 gives the window back",
              wait_for(lambda: not full_screen(desktop, window), 5), desktop.window_state(window))
        desktop.key(window, "F11")
        check("F11 takes the screen again",
              wait_for(lambda: full_screen(desktop, window), 5), desktop.window_state(window))
        check("the window is given back when the session ends",
              wait_for(lambda: not full_screen(desktop, window), 20), desktop.window_state(window))
    finally:
        err = stop(app)
    check("the app ran without errors", "rror" not in err, err[-2000:])


def notified(desktop, text):
    return text in open(os.path.join(desktop.tmp, "monitor.log")).read()


def hide_to_tray(desktop, data):
    app = start(desktop, data)
    try:
        window = wait_for(lambda: main_window(desktop, app), 30)
        check("the window opens", window, "no window")
        if not window:
            return
        desktop.start_tray()  # after Unknot: it must notice
        check("a tray that comes after Unknot gets its icon",
              wait_for(lambda: tray_icons(desktop), 15),
              desktop.run(["xwininfo", "-tree", "-root"]).stdout[-3000:])
        desktop.activate(window)
        desktop.run(["xdotool", "key", "--clearmodifiers", "alt+F4"])
        check("closing hides the window", wait_for(lambda: not desktop.mapped(window), 10),
              "still shown")
        check("and Unknot keeps running for the reminders",
              not wait_for(lambda: app.poll() is not None, 2), f"exit code {app.poll()}")
        check("the first time it says so, and how to quit",
              wait_for(lambda: notified(desktop, "Ctrl+Q"), 10), "no notification")
        again = start(desktop, data)
        check("the second copy leaves at once", wait_for(lambda: again.poll() is not None, 30),
              "it stayed")
        stop(again)
        check("starting Unknot again brings the hidden window back",
              wait_for(lambda: desktop.mapped(window), 10), "still hidden")
        desktop.activate(window)
        desktop.key(window, "ctrl+q")
        check("Ctrl+Q quits", wait_for(lambda: app.poll() is not None, 10), "still running")
    finally:
        stop(app)


def background(desktop, data):
    app = start(desktop, data, "--background")
    try:
        check("--background puts the icon in the tray",
              wait_for(lambda: tray_icons(desktop), 20), "no tray icon")
        icons = {int(w, 16) for w in tray_icons(desktop)}
        shown = [w for w in desktop.windows(app.pid) if int(w) not in icons and desktop.mapped(w)]
        check("and opens no window", not shown, f"shown: {shown}")
    finally:
        stop(app)


def main():
    unknot = sys.argv[1]
    try:
        with Desktop({"wm", "notify"}) as desktop:
            desktop.unknot = unknot
            desktop.spawn("monitor", ["dbus-monitor", "--session",
                                      "interface='org.freedesktop.Notifications'"],
                          stdout=open(os.path.join(desktop.tmp, "monitor.log"), "w"))
            with tempfile.TemporaryDirectory() as data:
                data_folder(data, reminders=False)
                full_screen_session(desktop, data)
            with tempfile.TemporaryDirectory() as data:
                data_folder(data, reminders=True)
                hide_to_tray(desktop, data)
                background(desktop, data)
    except CannotRun as e:
        print(f"skip: {e}")
        return SKIP
    verdict("desktop window, full screen and tray")
    return 0


if __name__ == "__main__":
    sys.exit(main())
