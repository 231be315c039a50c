#!/usr/bin/env python3
"""A small real desktop for the desktop tests, started and stopped by them: an X server (Xvfb, on
a display number Xvfb picks itself with -displayfd, so parallel runs never meet), a private
session bus (dbus-daemon with its own config: no service is started on demand, so only what a
test starts is there), and on request the window manager (openbox), the notification daemon
(dunst, whose context menu goes through a scripted dmenu), a system tray (trayer, XEmbed) and the
accessibility bus (at-spi-bus-launcher). Everything started is stopped at the end.

As a module:  with Desktop({"wm", "notify"}) as d: ... d.env ... d.start_tray() ...
As a command: desktop_session.py [--parts wm,notify,tray,atspi] -- COMMAND [ARGS...]
Exit 77 when a part's program is missing (scripts/deps.sh installs them).
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77

PROGRAMS = {  # part -> (program, Debian package)
    "x": ("Xvfb", "xvfb"),
    "bus": ("dbus-daemon", "dbus-daemon"),
    "wm": ("openbox", "openbox"),
    "notify": ("dunst", "dunst"),
    "tray": ("trayer", "trayer"),
    "atspi": ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
    "tools": ("xdotool", "xdotool"),
    "xprop": ("xprop", "x11-utils"),
}

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# dunst's context menu runs this "dmenu": it keeps the offered lines and picks the first one that
# matches the pattern in dmenu-choice (dunst then invokes that action).
FAKE_DMENU = """#!/bin/sh
cat > "{dir}/dmenu-offered.txt"
grep -m1 -E "$(cat "{dir}/dmenu-choice" 2>/dev/null || echo '^$')" "{dir}/dmenu-offered.txt"
"""

DUNSTRC = """[global]
    dmenu = {dmenu}
    browser = /bin/true
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""


class CannotRun(Exception):
    """A part is missing or does not start: the caller skips."""


def missing(parts):
    need = {"x", "tools", "xprop"} | set(parts) | ({"bus"} if parts & {"notify", "atspi"} else set())
    return [PROGRAMS[p][1] for p in sorted(need)
            if not (shutil.which(PROGRAMS[p][0]) or os.access(PROGRAMS[p][0], os.X_OK))]


def wait_until(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)  # polling another process, not a test clock
    raise CannotRun(f"{what} did not happen within {seconds} s")


class Desktop:
    def __init__(self, parts=("wm",), size="1280x800"):
        self.parts = set(parts) | ({"bus"} if set(parts) & {"notify", "atspi"} else set()) | {"bus"}
        self.size = size
        self.procs = {}
        self.tmp = tempfile.mkdtemp(prefix="unknot-desktop-")
        self.env = dict(os.environ)
        for name in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY"):
            self.env.pop(name, None)
        # Everything per-user is private: config (autostart entries), runtime dir, and no speech
        # or sound server of the machine is reached (a hung one must not stall these tests).
        for name in ("XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "XDG_CACHE_HOME"):
            path = os.path.join(self.tmp, name.lower())
            os.makedirs(path, mode=0o700)
            self.env[name] = path
        self.env["SPEECHD_ADDRESS"] = "unix_socket:" + os.path.join(self.tmp, "no-speechd")
        self.env["PULSE_SERVER"] = "unix:" + os.path.join(self.tmp, "no-pulse")
        self.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"

    # --- starting and stopping -------------------------------------------------------------
    def __enter__(self):
        lacking = missing(self.parts)
        if lacking:
            raise CannotRun("missing: " + " ".join(lacking) + " (scripts/deps.sh installs them)")
        try:
            self._start_x()
            self._start_bus()
            if "wm" in self.parts:
                self._start_wm()
            if "notify" in self.parts:
                self._start_dunst()
            if "atspi" in self.parts:
                self._start_atspi()
            if "tray" in self.parts:
                self.start_tray()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for name in reversed(list(self.procs)):
            self.stop(name)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return False

    def spawn(self, name, args, **kwargs):
        log = open(os.path.join(self.tmp, name + ".log"), "w")
        kwargs.setdefault("stdout", log)
        kwargs.setdefault("stderr", subprocess.STDOUT)
        proc = subprocess.Popen(args, env=self.env, start_new_session=True, **kwargs)
        self.procs[name] = proc
        return proc

    def stop(self, name):
        proc = self.procs.pop(name, None)
        if proc is None:
            return
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the part and whatever it started
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)

    def _start_x(self):
        read, write = os.pipe()
        self.spawn("xvfb", ["Xvfb", "-displayfd", str(write), "-screen", "0", self.size + "x24",
                            "-noreset", "-nolisten", "tcp"], pass_fds=(write,))
        os.close(write)
        with os.fdopen(read) as chosen:
            number = chosen.readline().strip()
        if not number:
            raise CannotRun("Xvfb did not start")
        self.env["DISPLAY"] = ":" + number
        wait_until(lambda: self.run(["xprop", "-root", "-len", "1"]).returncode == 0, 20,
                   "the X server answering")

    def _start_bus(self):
        config = os.path.join(self.tmp, "bus.conf")
        with open(config, "w") as f:
            f.write(BUS_CONFIG.format(dir=self.tmp))
        bus = self.spawn("bus", ["dbus-daemon", "--nofork", "--print-address=1",
                                 "--config-file=" + config], stdout=subprocess.PIPE, text=True)
        address = bus.stdout.readline().strip()
        if not address:
            raise CannotRun("dbus-daemon did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def _start_wm(self):
        self.spawn("openbox", ["openbox", "--sm-disable"])
        wait_until(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self.xprop_root(
            "_NET_SUPPORTING_WM_CHECK"), 20, "openbox managing the screen")

    def _start_dunst(self):
        dmenu = os.path.join(self.tmp, "dmenu")
        with open(dmenu, "w") as f:
            f.write(FAKE_DMENU.format(dir=self.tmp))
        os.chmod(dmenu, 0o755)
        rc = os.path.join(self.tmp, "dunstrc")
        with open(rc, "w") as f:
            f.write(DUNSTRC.format(dmenu=dmenu))
        self.spawn("dunst", ["dunst", "-config", rc])
        wait_until(lambda: self.name_owned("org.freedesktop.Notifications"), 20,
                   "dunst on the session bus")

    def start_tray(self):
        self.spawn("tray", ["trayer", "--edge", "top", "--align", "right", "--widthtype",
                            "pixel", "--width", "120", "--height", "32", "--SetDockType", "true"])
        wait_until(self.tray_window, 20, "trayer owning the system tray")

    def stop_tray(self):
        self.stop("tray")

    def _start_atspi(self):
        self.spawn("atspi", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        wait_until(lambda: self.name_owned("org.a11y.Bus"), 20, "the accessibility bus")

    # --- looking at the desktop ------------------------------------------------------------
    def run(self, args, **kwargs):
        kwargs.setdefault("capture_output", True)
        kwargs.setdefault("text", True)
        kwargs.setdefault("timeout", 30)
        return subprocess.run(args, env=self.env, **kwargs)

    def name_owned(self, name):
        out = self.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                        "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                        "string:" + name]).stdout
        return "boolean true" in out

    def xprop_root(self, prop):
        return self.run(["xprop", "-root", prop]).stdout

    def tray_window(self):
        """trayer's window when it owns _NET_SYSTEM_TRAY_S0 (it names itself 'panel')."""
        out = self.run(["xdotool", "search", "--classname", "trayer"]).stdout.split()
        return out[0] if out else None

    def windows(self, pid, name="Unknot"):
        out = self.run(["xdotool", "search", "--all", "--pid", str(pid), "--name",
                        "^" + name + "$"]).stdout
        return out.split()

    def mapped(self, window):
        return "IsViewable" in self.run(["xwininfo", "-id", window]).stdout

    def window_state(self, window):
        return self.run(["xprop", "-id", window, "_NET_WM_STATE"]).stdout

    def active_window(self):
        out = self.xprop_root("_NET_ACTIVE_WINDOW")
        return out.split()[-1] if "window id" in out else None

    def key(self, window, *keys):
        return self.run(["xdotool", "key", "--window", window, "--clearmodifiers", *keys])

    def activate(self, window):
        return self.run(["xdotool", "windowactivate", "--sync", window])


def main():
    args = sys.argv[1:]
    parts = {"wm"}
    if args and args[0] == "--parts":
        parts = set(p for p in args[1].split(",") if p)
        args = args[2:]
    if args and args[0] == "--":
        args = args[1:]
    if not args:
        sys.exit("usage: desktop_session.py [--parts wm,notify,tray,atspi] -- COMMAND [ARGS...]")
    try:
        with Desktop(parts) as desktop:
            return subprocess.run(args, env=desktop.env).returncode
    except CannotRun as e:
        print(f"skip: {e}")
        return SKIP


if __name__ == "__main__":
    sys.exit(main())
