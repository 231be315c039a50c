#!/usr/bin/python3
"""Finds Unknot's main controls through AT-SPI, as a screen reader does: by role and name.
usage: atspi_test.py  (run by atspi_test.sh inside a D-Bus session with the a11y bus and Xvfb)"""
import sys
import time

import pyatspi

EXPECTED = [  # (role, name) a screen reader must find in the main window
    (pyatspi.ROLE_PAGE_TAB, "Library"),
    (pyatspi.ROLE_PAGE_TAB, "History"),
    (pyatspi.ROLE_PAGE_TAB, "Editor"),
    (pyatspi.ROLE_TEXT, "Search routines"),
    (pyatspi.ROLE_TABLE, "Routines"),
    (pyatspi.ROLE_PUSH_BUTTON, "Start routine"),
    (pyatspi.ROLE_PUSH_BUTTON, "Print routine"),
    (pyatspi.ROLE_MENU_BAR, ""),
    (pyatspi.ROLE_MENU_ITEM, "File"),
    (pyatspi.ROLE_MENU_ITEM, "Print / Save as PDF…"),
    (pyatspi.ROLE_MENU_ITEM, "Edit"),
    (pyatspi.ROLE_MENU_ITEM, "Settings…"),
    (pyatspi.ROLE_FILLER, "Player"),
    (pyatspi.ROLE_FILLER, "Phase"),
    (pyatspi.ROLE_FILLER, "Countdown"),
]


def find_app(name, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name.lower() == name:
                return app
        time.sleep(0.25)
    return None


def walk(node, depth=0, seen=None):
    seen = [] if seen is None else seen
    if node is None or depth > 40:
        return seen
    try:
        seen.append((node.getRole(), node.name, node.description))
        for child in node:
            walk(child, depth + 1, seen)
    except Exception:  # an object may go away while we walk
        pass
    return seen


def main():
    app = find_app("unknot")
    if app is None:
        print("FAIL: no application named unknot on the accessibility bus")
        return 1
    nodes = walk(app)
    if "--dump" in sys.argv:
        for n in nodes:
            print(pyatspi.Role(n[0]), repr(n[1]), repr(n[2]))
    fails = 0
    for role, name in EXPECTED:
        matches = [n for n in nodes if n[0] == role and n[1] == name]
        if not matches:
            print(f"FAIL: no {pyatspi.Role(role)} named {name!r}")
            fails += 1
        elif role in (pyatspi.ROLE_TEXT, pyatspi.ROLE_TABLE, pyatspi.ROLE_PUSH_BUTTON) and not matches[0][2]:
            print(f"FAIL: {name!r} has no description")
            fails += 1
    print(f"{len(EXPECTED) - fails} of {len(EXPECTED)} controls found by role and name "
          f"({len(nodes)} accessible objects)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
