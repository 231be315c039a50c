#!/usr/bin/env python3
"""What a screen reader hears during a session, through the real AT-SPI bus: listens to the
events AT-SPI delivers while Unknot plays a 3 s lead-in and a 12 s hold, and checks that each
phase is announced as it starts with its seconds, then 10, 5, 3, 2, 1 and the end (a Notification
object shown with the line as its name, which Orca speaks), and that the Pause button does not
re-announce its unchanged name.

usage: atspi_player_test.py UNKNOT     (starts its own Xvfb, session bus and accessibility bus)
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
        "id": "a11y-check", "title": "Screen reader check",
        "summary": "A short hold for the screen reader test.", "focus": ["upper-back"],
        "weekly_target": 3, "lead_in": 3,
        "steps": [{"exercise": "childs-pose", "hold": 12}],
    },
}


def data_folder(root):
    os.makedirs(os.path.join(root, "routines"))
    with open(os.path.join(root, "routines", "a11y-check.json"), "w") as f:
        json.dump(ROUTINE, f)
    with open(os.path.join(root, "settings.ini"), "w") as f:
        f.write("[session]\nask_pain_before=false\n[player]\nsound=false\nvoice=false\n")


def listen(pyatspi, seconds, done):
    """(seconds since start, event type, role, name, detail1) of every event from unknot."""
    from gi.repository import GLib
    heard = []
    start = time.monotonic()
    running = [True]

    def stop():
        if running[0]:
            running[0] = False
            pyatspi.Registry.stop()
        return False

    def on_event(event):
        try:
            app = event.host_application.name if event.host_application else ""
            if app.lower() != "unknot":
                return
            source = event.source
            heard.append((time.monotonic() - start, event.type, source.getRole(), source.name,
                          event.detail1))
            if done(heard):
                stop()
        except Exception:  # an object can go away before it is read
            pass

    kinds = ["object:state-changed:showing", "object:property-change:accessible-name"]
    pyatspi.Registry.registerEventListener(on_event, *kinds)
    GLib.timeout_add(int(seconds * 1000), stop)
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(on_event, *kinds)
    return heard


def announcements(pyatspi, heard):
    return [name for _, kind, role, name, shown in heard
            if kind == "object:state-changed:showing" and shown and
            role == pyatspi.ROLE_NOTIFICATION]


def main():
    unknot = sys.argv[1]
    try:
        with Desktop({"atspi"}) as desktop, tempfile.TemporaryDirectory() as data:
            data_folder(data)
            os.environ.update(desktop.env)  # pyatspi finds its bus through these
            import pyatspi
            app = subprocess.Popen([unknot, "--data-dir", data, "--play", "a11y-check"],
                                   env=desktop.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)
            try:
                heard = listen(pyatspi, 60, lambda h: "Session finished." in
                               announcements(pyatspi, h))
            finally:
                app.terminate()
                err = app.communicate(timeout=10)[1]
    except CannotRun as e:
        print(f"skip: {e}")
        return SKIP
    said = announcements(pyatspi, heard)
    print("announced:", said)
    check("announcements arrive as Notification objects shown", len(said) >= 3, err[-2000:])
    if len(said) >= 3:
        check("the lead-in is announced with its seconds",
              said[0].startswith("GET READY: ") and said[0].endswith(", 3 seconds"), said[0])
        hold = next((i for i, s in enumerate(said) if s.startswith("HOLD: ")), None)
        check("the hold is announced with its seconds", hold is not None and
              said[hold].endswith(", 12 seconds") and "Child" in said[hold], str(said))
        if hold is not None:
            check("the lead-in counts 2, 1", said[1:hold] == ["2", "1"], str(said[1:hold]))
            check("the hold counts 10, 5, 3, 2, 1 and the session ends",
                  said[hold + 1:] == ["10", "5", "3", "2", "1", "Session finished."],
                  str(said[hold + 1:]))
    started = next((t for t, kind, role, _, shown in heard if shown and
                    role == pyatspi.ROLE_NOTIFICATION), 0.0)
    renamed = [(round(t, 1), name) for t, kind, role, name, _ in heard
               if t >= started and kind == "object:property-change:accessible-name" and
               role == pyatspi.ROLE_PUSH_BUTTON and name in ("Pause", "Resume")]
    check("the Pause button does not re-announce its name during the session", not renamed,
          f"{len(renamed)} name changes: {renamed[:10]}")
    verdict("AT-SPI player announcements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
