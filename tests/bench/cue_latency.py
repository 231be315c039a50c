#!/usr/bin/env python3
"""Cue latency and the speech engines, measured through a real PulseAudio null sink.

  cue_latency.py BUILD_DIR SOURCE_DIR [--runs N] [--utterances N] [--stops N] [--engines A,B]

1. Engines: for each speech engine of the cue module (UNKNOT_SPEECH_ENGINES) and each language
   (en, de), speech_engine_bench says UTTERANCES utterances 2.5 s apart, then STOPS times starts a
   long one and stops it 0.8 s in. From the recording: how many were heard, say() -> first sound
   (median, p95), stop() -> silence (median, max; stops that came while it spoke). "raw-flite" is
   Qt's flite plugin used directly, as Unknot did before, in English only.
2. Cue latency: the app plays tests/data/audio/audio-test.json at time scale 1, N runs; for every
   batch of cues it played, the time the engine scheduled it (the event's own time) -> the first
   sound in the recording (median, p95; target p95 < 100 ms), and the engine it chose.
Prints one JSON object (scripts/bench.sh keeps it as cue_latency.json; report.py reads it).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
import audio_harness as harness  # noqa: E402

ONSET_WINDOW = 2.0  # seconds after say() in which the utterance must start to count as heard


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summary(values_s):
    ms = [v * 1000 for v in values_s]
    return {"n": len(ms), "median_ms": statistics.median(ms) if ms else None,
            "p95_ms": percentile(ms, 95), "max_ms": max(ms) if ms else None}


def end_of_sound(rec, t, within=2.0, quiet_for=0.15):
    """When the sound under way at t stops (no sample above -50 dBFS for quiet_for)."""
    limit = 32768 * 10 ** (-50 / 20)
    i, last = rec.index_of(t), None
    stop = min(len(rec.samples), rec.index_of(t + within))
    run = int(quiet_for * harness.RATE)
    quiet = 0
    while i < stop:
        if abs(rec.samples[i]) >= limit:
            last, quiet = i, 0
        else:
            quiet += 1
            if quiet >= run:
                break
        i += 1
    return rec.time_of(last) if last is not None else t


def measure_engine(build, engine, language, utterances, stops):
    bench = os.path.join(build, "tests", "bench", "speech_engine_bench")
    with harness.PulseSink() as sink:
        log_path = os.path.join(sink.dir, "cues.jsonl")
        out = subprocess.run([bench, engine, language, str(utterances), str(stops)],
                             env=sink.env(UNKNOT_CUE_LOG=log_path, QT_QPA_PLATFORM="offscreen"),
                             capture_output=True, text=True, timeout=utterances * 3 + stops * 3 + 60)
        rec = sink.recording()
        log = harness.read_cue_log(log_path)
    made = json.loads(out.stdout.splitlines()[0]) if out.stdout else {"made": False,
                                                                       "why": out.stderr[-300:]}
    result = {"engine": engine, "language": language, "made": made["made"],
              "made_ms": made.get("made_ms"),
              "why": made.get("why", ""), "voices": len(made.get("voices", []))}
    if not made["made"]:
        return result
    says = [e["t"] for e in log if e["what"] == "speech"]
    stop_times = [e["t"] for e in log if e["what"] == "speech_stop"]
    spoken = says[:utterances]
    onsets = [rec.onset_after(t, ONSET_WINDOW) for t in spoken]
    heard = [o - t for o, t in zip(onsets, spoken) if o is not None]
    texts = [e.get("text", "") for e in log if e["what"] == "speech"][:utterances]
    by_text = {}
    for text, o, t in zip(texts, onsets, spoken):
        if o is not None:
            by_text.setdefault(text, []).append((o - t) * 1000)
    result.update({"said": len(spoken), "heard": len(heard), "latency": summary(heard),
                   "by_text_ms": {k: round(statistics.median(v)) for k, v in by_text.items()},
                   "errors": [line for line in out.stderr.splitlines() if "unknot:" in line]})
    silences = []
    for t in stop_times:  # only stops that came while it was speaking
        if rec.loudest_db(t - 0.1, t) > -40:
            silences.append(max(0.0, end_of_sound(rec, t) - t))
    result["stop"] = summary(silences)
    return result


def scheduled_batches(log):
    """[(scheduled time, engine)] of every batch of cues that played a sound or said something."""
    batches, pending = [], []
    for e in log:
        if e["what"] in ("phase_started", "cue_due", "session_finished"):
            pending.append(e["t"])
        elif e["what"] == "phase_finished":
            continue
        elif e["what"] == "script":
            plays = (e["sound"] >= 0 and e["sound_on"]) or (e["speech"] and e["voice_on"])
            if pending and plays:
                batches.append(max(pending))
            pending = []
    return batches


def measure_cues(build, source, runs):
    unknot = os.path.join(build, "src", "app", "unknot")
    routine = os.path.join(source, "tests", "data", "audio", "audio-test.json")
    latencies, engines = [], set()
    for _ in range(runs):
        data = tempfile.mkdtemp(prefix="unknot-bench-audio-")
        os.makedirs(os.path.join(data, "routines"))
        shutil.copy(routine, os.path.join(data, "routines"))
        with open(os.path.join(data, "settings.ini"), "w") as f:
            f.write("[session]\nask_pain_before=false\n")
        with harness.PulseSink() as sink, harness.Display() as display:
            log_path = os.path.join(sink.dir, "cues.jsonl")
            app = subprocess.Popen([unknot, "--data-dir", data, "--play", "audio-test"],
                                   env=sink.env(DISPLAY=display.name, UNKNOT_CUE_LOG=log_path,
                                                QT_QPA_PLATFORM="xcb", LC_ALL="C.UTF-8"),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not any(
                    e["what"] == "session_finished" for e in harness.read_cue_log(log_path)):
                time.sleep(0.1)  # waiting for another process
            end = time.monotonic() + 1.5
            while time.monotonic() < end:
                time.sleep(0.05)
            os.killpg(app.pid, 15)
            app.wait(timeout=20)
            rec = sink.recording()
            log = harness.read_cue_log(log_path)
        shutil.rmtree(data, ignore_errors=True)
        engines.update(e["engine"] for e in log if e["what"] == "speech")
        for t in scheduled_batches(log):
            onset = rec.onset_after(t - 0.01, 1.0)
            if onset is not None:
                latencies.append(onset - t)
            else:
                latencies.append(1.0)  # not heard within a second: counted as a full second
    return {"runs": runs, "engine": ",".join(sorted(engines)) or "none", **summary(latencies)}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("build")
    p.add_argument("source")
    p.add_argument("--runs", type=int, default=2)
    p.add_argument("--utterances", type=int, default=20)
    p.add_argument("--stops", type=int, default=5)
    p.add_argument("--engines", default="espeak-ng,speechd,flite,raw-flite")
    args = p.parse_args()
    try:
        engines = [measure_engine(args.build, engine, language, args.utterances, args.stops)
                   for engine in args.engines.split(",")
                   for language in (("en",) if engine.startswith("raw-") else ("en", "de"))]
        cues = measure_cues(args.build, args.source, args.runs) if args.runs else None
    except harness.CannotRun as e:
        print(f"cue_latency.py: PulseAudio cannot run here: {e}", file=sys.stderr)
        return harness.SKIP
    print(json.dumps({"engines": engines, "cues": cues}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
