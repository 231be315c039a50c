#!/usr/bin/env python3
"""The player heard through a real PulseAudio server: a short routine at time scale 1, recorded
from a null sink's monitor and lined up with the app's own cue timeline (audio_harness.py).

usage: audio_session_test.py UNKNOT ROUTINE_JSON [KEEP_DIR]

The routine (tests/data/audio/audio-test.json): a lead-in, a sided hold, the switch, a rest, a
lead-in, paced reps. During the rest, while "Rest. Next: ..." is being said, Space pauses the
session (xdotool, as a person would) and Space again resumes it two seconds later. Asserts, from
the recording:
  - speech is heard in the lead-in;
  - a sound starts at every phase boundary (within 100 ms);
  - the 3-2-1 count is on the beat: ticks at T-3, T-2, T-1 and the boundary sound at T, each within
    100 ms, so the count ends on the phase's end;
  - nothing is heard while paused (from 100 ms after the pause until the resume);
  - no two sounds overlap (the app's timeline of what it played, every start confirmed by the
    recording within 100 ms);
  - speech inside the hold after its first five seconds (before its count): guidance during a
    hold;
  - resuming does not say again what the pause cut off.
KEEP_DIR (or UNKNOT_AUDIO_KEEP) keeps the recording, the cue log and the timeline.
Exit 77 (skipped) only when PulseAudio cannot run here at all.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import audio_harness as harness  # noqa: E402
from checks import check, verdict  # noqa: E402

TOLERANCE = 0.100  # seconds
SILENT_DB = -50.0  # dBFS: below this counts as nothing heard
COUNTED = {"lead_in", "hold", "switch_sides", "rest", "rest_after", "rest_between_sets", "timed"}
def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)  # polling another process, not a test clock
    return None


def first(log, what, **match):
    for e in log:
        if e["what"] == what and all(e.get(k) == v for k, v in match.items()):
            return e
    return None


def press_space(display, pid):
    env = dict(os.environ, DISPLAY=display)
    windows = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
                             env=env, capture_output=True, text=True, timeout=20).stdout.split()
    if not windows:
        return None
    subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], env=env, timeout=10)
    sent = time.monotonic()
    subprocess.run(["xdotool", "key", "space"], env=env, timeout=10, check=True)
    return sent


def play(unknot, routine, sink, display, log_path):
    data = tempfile.mkdtemp(prefix="unknot-audio-data-")
    os.makedirs(os.path.join(data, "routines"))
    shutil.copy(routine, os.path.join(data, "routines"))
    with open(os.path.join(data, "settings.ini"), "w") as f:
        f.write("[session]\nask_pain_before=false\n")
    env = sink.env(DISPLAY=display.name, UNKNOT_CUE_LOG=log_path, QT_QPA_PLATFORM="xcb",
                   LANGUAGE="en", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    out = open(os.path.join(sink.dir, "unknot.log"), "w")
    app = subprocess.Popen([unknot, "--data-dir", data, "--play", "audio-test", "--time-scale", "1"],
                           env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    keys = {}
    try:
        log = lambda: harness.read_cue_log(log_path)  # noqa: E731
        rest = wait_for(lambda: first(log(), "phase_started", kind="rest_after"), 90)
        check("the session reaches the rest", rest is not None, "no rest in the cue log")
        said = rest and wait_for(lambda: [e for e in log() if e["what"] == "speech" and
                                          e["t"] >= rest["t"] and "start" in e], 5)
        if said:  # pause in "Rest. Next: ...", mid-word: while the recording is loud
            wait_for(lambda: time.monotonic() > said[0]["start"] + 0.6, 5)
            wait_for(sink.loud_now, 2)
            keys["pause"] = press_space(display.name, app.pid)
            wait_for(lambda: time.monotonic() > keys["pause"] + 2.0, 5)
            keys["resume"] = press_space(display.name, app.pid)
        done = wait_for(lambda: first(log(), "session_finished"), 90)
        check("the session finishes", done is not None, "no session_finished in the cue log")
        if done:
            wait_for(lambda: time.monotonic() > done["t"] + 1.5, 5)  # the last sound plays out
    finally:
        os.killpg(app.pid, 15)
        app.wait(timeout=20)
        out.close()
        shutil.copy(os.path.join(sink.dir, "unknot.log"), log_path + ".out")
        shutil.rmtree(data, ignore_errors=True)
    return keys


def phases(log):
    """[(kind, start, end)] from phase_started / phase_finished, in order."""
    out = []
    for e in log:
        if e["what"] == "phase_started":
            out.append([e["kind"], e["t"], None])
        elif e["what"] == "phase_finished" and out and out[-1][2] is None:
            out[-1][2] = e["t"]
    return [tuple(p) for p in out if p[2] is not None]


def sound_time(stretches, start, end):
    return sum(max(0.0, min(e, end) - max(s, start)) for s, e, _ in stretches)


def clips(log):
    """What was played: [start, end, name, first, last] from the module's notes, in order; first
    and last on the module's stream (samples, exact), start and end its estimate on the clock.
    Speech that a stop or the next utterance cut short ends where the stream went silent."""
    out, speaking = [], None
    for e in sorted(log, key=lambda e: e["t"]):
        if e["what"] in ("speech_stop", "speech_cut") and speaking is not None and "from" in e:
            speaking[4] = min(speaking[4], max(speaking[3], e["from"]))
            speaking = None
        if e["what"] in ("sound", "speech") and "start" in e:
            clip = [e["start"], e["end"], e.get("cue") or e.get("text"), e["first"], e["last"]]
            out.append(clip)
            speaking = clip if e["what"] == "speech" else speaking
    return sorted(out, key=lambda c: c[3])


def assert_all(rec, log, keys):
    stretches = rec.stretches()
    plan = phases(log)
    speech = [e for e in log if e["what"] == "speech"]
    engine = speech[0]["engine"] if speech else "none"
    print(f"engine: {engine}; {len(plan)} phases; the sink's clock {rec.rate_error_ppm():+.0f} ppm, "
          f"recording on its line within {rec.fit_error_ms():.1f} ms")
    check("the recording keeps time with the clock", rec.fit_error_ms() < 20,
          f"{rec.fit_error_ms():.1f} ms off its line (the monitor dropped or stalled)")
    check("the app spoke through a speech engine", speech, "no speech in the cue log")

    lead = plan[0]
    check("speech is heard in the lead-in", sound_time(stretches, lead[1], lead[2] - 3.2) >= 0.8,
          f"{sound_time(stretches, lead[1], lead[2] - 3.2):.2f} s of sound in the lead-in before "
          "its count")

    for kind, start, end in plan:
        onset = rec.onset_after(start - 0.02, TOLERANCE + 0.02)
        check(f"a sound at the start of the {kind} at {start - plan[0][1]:.2f} s", onset is not None,
              "nothing within 100 ms")

    for i, (kind, start, end) in enumerate(plan):
        if kind not in COUNTED or end - start < 4:
            continue
        for n in (3, 2, 1, 0):
            at = end - n
            onset = rec.onset_after(at - TOLERANCE, 2 * TOLERANCE)
            what = f"tick {n}" if n else "the boundary sound"
            check(f"3-2-1 of the {kind} at {start - plan[0][1]:.2f} s: {what} on the beat",
                  onset is not None and abs(onset - at) <= TOLERANCE,
                  "no onset within 100 ms" if onset is None else f"{(onset - at) * 1000:+.0f} ms")

    if keys.get("pause") and keys.get("resume"):
        silenced = first(log, "silence")
        paused_from = (silenced["t"] if silenced else keys["pause"]) + TOLERANCE
        loud = rec.loudest_db(paused_from, keys["resume"])
        check("nothing is heard while paused", loud < SILENT_DB,
              f"{loud:.1f} dBFS between {paused_from - plan[0][1]:.2f} s and "
              f"{keys['resume'] - plan[0][1]:.2f} s")
        if silenced:
            heard_until = max((e for s, e, _ in stretches if s <= silenced["t"]), default=0)
            stopped = max(0.0, heard_until - silenced["t"])
            near = [f"{a - silenced['t']:+.3f}..{b - silenced['t']:+.3f}" for a, b, _ in stretches
                    if -1.0 < a - silenced["t"] < 0.5]
            print(f"pause: the sound stopped {stopped * 1000:.0f} ms after the app silenced it "
                  f"(sound around it, s: {' '.join(near)})")
            check("pause silences within 100 ms", stopped <= TOLERANCE, f"{stopped * 1000:.0f} ms")
            said = [e for e in log if e["what"] == "speech" and "text" in e]
            cut = [e["text"] for e in said if e["t"] <= silenced["t"]][-1:]
            again = [e["text"] for e in said if e["t"] >= keys["resume"] and e["text"] in cut]
            check("resuming does not say again what the pause cut off", not again, again)
    else:
        check("the pause key was sent", False, "the window was not found")

    played = clips(log)
    for a, b in zip(played, played[1:]):
        check(f"no overlap: {a[2]!r} and {b[2]!r}", b[3] >= a[4],
              f"{(a[4] - b[3]) / 22.05:.0f} ms of overlap at {b[0] - plan[0][1]:.2f} s")
    for before, (start, end, what, _, _) in zip([None] + played, played):
        if before and start - before[1] < 0.15:
            continue  # right after another clip: its start cannot be told from the other's tail
        # Within 100 ms: speech that begins with a soft consonant ("Come ...") crosses the onset
        # threshold up to ~70 ms into its clip.
        onset = rec.onset_after(start - 0.1, 0.2)
        check(f"{what!r} at {start - plan[0][1]:.2f} s is heard when the app says it starts",
              onset is not None and abs(onset - start) <= TOLERANCE,
              "nothing within 100 ms" if onset is None else f"{(onset - start) * 1000:+.0f} ms")

    for kind, start, end in plan:
        if kind == "hold":
            t = sound_time(stretches, start + 5, end - 3.2)
            check("speech inside the hold after its first five seconds", t >= 0.5,
                       f"{t:.2f} s of sound in the hold at {start - plan[0][1]:.1f} s between 5 s "
                       "and its count")

    print("timeline (s from the session's start; sound stretches, then what the app played):")
    origin = plan[0][1]
    for s, e, db in stretches:
        print(f"  {s - origin:7.3f} {e - origin:7.3f} {db:6.1f} dBFS")
    for start, end, what, _, _ in played:
        print(f"  {start - origin:7.3f} {end - origin:7.3f} {what}")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    unknot, routine = argv[0], argv[1]
    keep = argv[2] if len(argv) > 2 else os.environ.get("UNKNOT_AUDIO_KEEP")
    if shutil.which("xdotool") is None:
        check("xdotool is installed (scripts/deps.sh)", False, "missing")
        verdict("audio session")
    try:
        with harness.PulseSink(keep_dir=keep) as sink, harness.Display() as display:
            log_path = os.path.join(sink.dir, "cues.jsonl")
            keys = play(unknot, routine, sink, display, log_path)
            rec = sink.recording()
            log = harness.read_cue_log(log_path)
            if keep:
                os.makedirs(keep, exist_ok=True)
                rec.save(os.path.join(keep, "recording.wav"))
    except harness.CannotRun as e:
        print(f"skip: PulseAudio cannot run here: {e}")
        return harness.SKIP
    assert_all(rec, log, keys)
    verdict("audio session")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
