#!/usr/bin/env python3
"""Hear what a program plays, on a machine with no sound card, on the program's own clock.

A private PulseAudio server (its own runtime dir and socket, so parallel runs never meet) whose
only output is a null sink; a silent stream plays all along so the sink's monitor delivers a
continuous stream; the monitor is recorded; the program runs under its own Xvfb (a free display
picked by Xvfb itself with -displayfd); everything started is stopped at the end.

Clock alignment. The recorder reads the monitor in small pieces (every ~2.5 ms) and stamps each
read with CLOCK_MONOTONIC, the clock of std::chrono::steady_clock in the app. The null sink renders
audio in blocks of at most the smallest latency its clients ask for (5-10 ms here), and the monitor
gets each block the moment it is rendered; so a read that ends at sample N arrives at
  time(N) + delivery delay,   delivery delay >= 0.
The soonest read of each second lies on the lower envelope; a straight line fitted through those
(Recording.fit) maps every sample to the monotonic clock, to within a render block. Its slope is
measured, not assumed: while a client plays, the null sink runs some 400 ppm fast (8 ms in 20 s).
Recording.fit_error_ms() says how far any second strays from the line (a dropped or stalled
monitor shows there). A clapperboard click played through a fresh stream at a known time (clap())
can never appear before it was sent, which bounds the alignment from the other side.

Used as a module by the audio tests and the cue-latency benchmark; run directly it records a
command and prints its timeline:
  audio_harness.py [-t SECONDS] OUT.wav -- COMMAND [ARGS...]
Exit 77 when PulseAudio cannot run here at all.
"""
import array
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import wave

RATE = 48000
SKIP = 77
SINK = "unknot_null"


class CannotRun(Exception):
    """PulseAudio (or Xvfb) is missing or does not start: the caller skips."""


def missing_tools():
    return [t for t in ("pulseaudio", "pacat", "parec", "Xvfb") if not shutil.which(t)]


def wait_until(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)  # polling another process, not a test clock
    raise CannotRun(f"{what} did not happen within {seconds} s")


class Recording:
    """Mono 16-bit samples and the line that maps a sample's index to monotonic time."""

    def __init__(self, samples, reads):
        self.samples = samples
        self.reads = reads  # (arrival monotonic s, samples received so far)
        self.t0, self.period = self.fit(reads)

    @staticmethod
    def fit(reads, window_s=1.0):
        """The lower envelope of the arrivals, one point a window (the read that came soonest
        after its samples), fitted with a straight line: time(n) = t0 + n * period. The period is
        not quite 1 / RATE: the null sink renders by its own reckoning of time, some hundred parts
        per million off the monotonic clock while a client plays."""
        best = {}
        for arrival, n in reads:
            k = int((arrival - reads[0][0]) / window_s)
            if k not in best or arrival - n / RATE < best[k][0] - best[k][1] / RATE:
                best[k] = (arrival, n)
        points = list(best.values())
        if len(points) < 3:
            return min(a - n / RATE for a, n in reads), 1 / RATE
        mean_n = sum(n for _, n in points) / len(points)
        mean_a = sum(a for a, _ in points) / len(points)
        slope = (sum((n - mean_n) * (a - mean_a) for a, n in points)
                 / sum((n - mean_n) ** 2 for _, n in points))
        t0 = min(a - n * slope for a, n in points)  # the line under every point
        return t0, slope

    def time_of(self, index):
        return self.t0 + index * self.period

    def index_of(self, t):
        return int(round((t - self.t0) / self.period))

    def rate_error_ppm(self):
        return (self.period * RATE - 1) * 1e6

    def fit_error_ms(self):
        """How far the soonest arrival of each second lies above the line: near 0 when the
        line holds all along; large when the monitor dropped or stalled."""
        return max(self.offsets_ms() or [0.0])

    def offsets_ms(self, window_s=1.0):
        """The smallest (arrival - fitted time of the samples) in each window."""
        out = {}
        for arrival, n in self.reads:
            k = int((arrival - self.reads[0][0]) / window_s)
            out[k] = min(out.get(k, 1e9), (arrival - self.time_of(n)) * 1000)
        return [out[k] for k in sorted(out)]

    def save(self, path):
        with wave.open(path, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(self.samples.tobytes())

    def stretches(self, threshold_db=-40.0, window_s=0.005, merge_gap_s=0.06):
        """Stretches of sound: [start, end, peak dBFS] in monotonic seconds. A window is sound when
        its peak passes threshold_db; gaps shorter than merge_gap_s are bridged (the pauses between
        syllables), so a tone is one stretch and a spoken phrase one or a few."""
        win = max(1, int(RATE * window_s))
        limit = 32768 * 10 ** (threshold_db / 20)
        out = []
        for i in range(0, len(self.samples) - win + 1, win):
            peak = max(map(abs, self.samples[i:i + win]))
            if peak < limit:
                continue
            start, end = self.time_of(i), self.time_of(i + win)
            db = 20 * math.log10(peak / 32768)
            if out and start - out[-1][1] <= merge_gap_s:
                out[-1][1] = end
                out[-1][2] = max(out[-1][2], db)
            else:
                out.append([start, end, db])
        return out

    def onset_after(self, t, within_s, threshold_db=-40.0):
        """The first moment after t (within within_s) that passes threshold_db, 1 ms resolution."""
        limit = 32768 * 10 ** (threshold_db / 20)
        first, last = max(0, self.index_of(t)), min(len(self.samples), self.index_of(t + within_s))
        for i in range(first, last):
            if abs(self.samples[i]) >= limit:
                return self.time_of(i)
        return None

    def loudest_db(self, start, end):
        a, b = max(0, self.index_of(start)), min(len(self.samples), self.index_of(end))
        if b <= a:
            return -120.0
        peak = max(map(abs, self.samples[a:b])) or 1
        return 20 * math.log10(peak / 32768)


class PulseSink:
    """Context manager: a private PulseAudio with a null sink, a silent stream and a recorder."""

    def __init__(self, keep_dir=None):
        self.dir = tempfile.mkdtemp(prefix="unknot-audio-")
        self.keep_dir = keep_dir
        self.procs = []
        self.chunks = []
        self.reads = []
        self.received = 0

    def env(self, **extra):
        run = os.path.join(self.dir, "run")
        env = dict(os.environ, HOME=os.path.join(self.dir, "home"), XDG_RUNTIME_DIR=run,
                   PULSE_SERVER="unix:" + self.socket, PULSE_SINK=SINK,
                   PULSE_RUNTIME_PATH=os.path.join(run, "pulse"))
        env.pop("PULSE_COOKIE", None)
        env.update(extra)
        return env

    def __enter__(self):
        if missing_tools():
            raise CannotRun("missing: " + ", ".join(missing_tools()))
        for sub in ("home", "run", "run/pulse"):
            os.makedirs(os.path.join(self.dir, sub), mode=0o700)
            os.chmod(os.path.join(self.dir, sub), 0o700)
        self.socket = os.path.join(self.dir, "run", "pulse", "native")
        try:
            self.start_server()
            self.start_streams()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def spawn(self, args, **kw):
        kw.setdefault("env", self.env())
        kw.setdefault("stdout", subprocess.DEVNULL)
        kw.setdefault("stderr", open(os.path.join(self.dir, os.path.basename(args[0]) + ".log"),
                                     "ab"))
        proc = subprocess.Popen(args, start_new_session=True, **kw)
        self.procs.append(proc)
        return proc

    def start_server(self):
        server = self.spawn(["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                             "--disallow-exit", "--use-pid-file=no", "--disable-shm=yes",
                             "--log-target=stderr",
                             f"--load=module-null-sink sink_name={SINK} rate={RATE} channels=1",
                             f"--load=module-native-protocol-unix socket={self.socket} "
                             "auth-anonymous=1"])
        try:
            wait_until(lambda: os.path.exists(self.socket) or server.poll() is not None, 10,
                       "PulseAudio start")
        except CannotRun:
            raise
        if server.poll() is not None:
            log = open(os.path.join(self.dir, "pulseaudio.log")).read()[-800:]
            raise CannotRun("PulseAudio did not start: " + log.strip())

    def start_streams(self):
        fmt = ["--raw", "--format=s16le", f"--rate={RATE}", "--channels=1"]
        self.spawn(["pacat", "--playback", "-d", SINK, "--latency-msec=10", *fmt],
                   stdin=open("/dev/zero", "rb"))
        self.recorder = self.spawn(["parec", "-d", SINK + ".monitor", "--latency-msec=5", *fmt],
                                   stdout=subprocess.PIPE)
        self.reader = threading.Thread(target=self.read_monitor, daemon=True)
        self.reader.start()
        wait_until(lambda: self.received > RATE // 5, 10, "recording the monitor")

    def read_monitor(self):
        fd = self.recorder.stdout.fileno()
        while True:
            data = os.read(fd, 4096)
            now = time.monotonic()
            if not data:
                return
            self.chunks.append(data)
            self.received += len(data)
            self.reads.append((now, self.received // 2))

    def loud_now(self, window_s=0.03, threshold_db=-30.0):
        """Whether the last window_s of the recording so far is loud (sound is playing now, give
        or take the monitor's few milliseconds)."""
        n, parts, size = int(RATE * window_s) * 2, [], 0
        for chunk in reversed(self.chunks[-2000:]):
            parts.append(chunk)
            size += len(chunk)
            if size >= n:
                break
        tail = b"".join(reversed(parts))[-n:]
        if len(tail) < n:
            return False
        samples = array.array("h")
        samples.frombytes(tail)
        return max(map(abs, samples)) >= 32768 * 10 ** (threshold_db / 20)

    def clap(self, seconds=0.02):
        """Plays a click through a new pacat stream; returns the monotonic time it was started (so
        onset - that = a new client's connect + stream set-up + playback latency)."""
        n = int(RATE * seconds)
        click = array.array("h", (int(20000 * math.sin(2 * math.pi * 1000 * i / RATE))
                                  for i in range(n)))
        player = subprocess.Popen(["pacat", "--playback", "-d", SINK, "--latency-msec=10",
                                   "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1"],
                                  stdin=subprocess.PIPE, env=self.env())
        sent = time.monotonic()
        player.stdin.write(click.tobytes())
        player.stdin.close()
        player.wait(timeout=10)
        return sent

    def recording(self):
        samples = array.array("h")
        samples.frombytes(b"".join(self.chunks)[: (self.received // 2) * 2])
        return Recording(samples, list(self.reads))

    def __exit__(self, *exc):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if self.keep_dir:
            shutil.copytree(self.dir, self.keep_dir, dirs_exist_ok=True)
        shutil.rmtree(self.dir, ignore_errors=True)


class Display:
    """Context manager: a private Xvfb on a display number it picks itself."""

    def __enter__(self):
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                                      "1280x800x24", "-noreset", "-nolisten", "tcp"], pass_fds=(write_fd,),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        if not number:
            self.proc.kill()
            raise CannotRun("Xvfb did not start")
        self.name = ":" + number
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def read_cue_log(path):
    """The app's cue timeline (UNKNOT_CUE_LOG): one JSON object a line, "t" in monotonic s."""
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv):
    secs = 30.0
    if argv[:1] == ["-t"]:
        secs, argv = float(argv[1]), argv[2:]
    if len(argv) < 3 or argv[1] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    out, command = argv[0], argv[2:]
    try:
        with PulseSink() as sink, Display() as display:
            log = os.path.splitext(out)[0] + ".cues.jsonl"
            if os.path.exists(log):
                os.remove(log)
            start = time.monotonic()
            app = sink.spawn(command, env=sink.env(DISPLAY=display.name, UNKNOT_CUE_LOG=log,
                                                   QT_QPA_PLATFORM="xcb"),
                             stdout=None, stderr=None)
            try:
                app.wait(timeout=secs)
            except subprocess.TimeoutExpired:
                os.killpg(app.pid, signal.SIGTERM)
                app.wait(timeout=10)
            rec = sink.recording()
    except CannotRun as e:
        print(f"skip: {e}", file=sys.stderr)
        return SKIP
    rec.save(out)
    with open(os.path.splitext(out)[0] + ".txt", "w") as f:
        for s, e, db in rec.stretches():
            f.write(f"{s - start:8.3f} {e - start:8.3f} {db:6.1f}\n")
    print("clock offsets per second (ms):", " ".join(f"{o:.1f}" for o in rec.offsets_ms()))
    print(f"{len(rec.samples) / RATE:.1f} s recorded; the sink's clock {rec.rate_error_ppm():+.0f} ppm, "
          f"line within {rec.fit_error_ms():.1f} ms; timeline "
          f"(s from the command's start): {os.path.splitext(out)[0]}.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
