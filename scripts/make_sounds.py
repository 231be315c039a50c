#!/usr/bin/env python3
"""Writes the player's short sound cues to resources/sounds/*.wav (16-bit mono, 22.05 kHz).

One sound per moment (gui/player/cue_script.h, SoundCue), each told apart by its shape, not only
its pitch, so that someone on the floor with eyes closed knows which it is:
  tick          each of the last three seconds: a short high wood-block blip       60 ms
  halfway       the middle of a hold: one soft bell stroke                         250 ms
  set-end       a hold or set is over: two notes falling (B5 -> E5), "done"        250 ms
  phase-start   a hold, set or rest begins: two notes rising (E5 -> B5), "go"      230 ms
  switch-sides  change sides: three quick notes, high-low-high, "back and forth"   280 ms
  finished      the session is complete: a C major arpeggio that rings out         900 ms
Bell-like (a fast attack, an exponential decay) rather than flat beeps: pleasant, not alarming.
All but the last stay under 300 ms so that they never run into speech or the next second.

Run it again after changing a cue; the WAV files are committed and compiled in as Qt resources.
"""
import math
import pathlib
import struct
import wave

RATE = 22050
OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sounds"


def note(freq, seconds, volume=0.5, decay=None, attack=0.004, partials=((1, 1.0), (2, 0.25))):
    """A struck note: a short attack, then an exponential decay (or a flat hold when decay is None)
    ending in a 15 ms fade, so nothing clicks."""
    n = int(RATE * seconds)
    norm = sum(a for _, a in partials)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / attack, (seconds - t) / 0.015)
        if decay:
            env *= math.exp(-t / decay)
        value = sum(a * math.sin(2 * math.pi * freq * k * t) for k, a in partials) / norm
        out.append(volume * max(0.0, env) * value)
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767))
                               for s in samples))


def overlay(*parts):
    """Sum parts given as (start seconds, samples)."""
    n = max(int(RATE * at) + len(s) for at, s in parts)
    out = [0.0] * n
    for at, s in parts:
        first = int(RATE * at)
        for i, v in enumerate(s):
            out[first + i] += v
    return out


SOUNDS = {
    # wood block: high, very short, a hollow odd partial
    "tick": lambda: note(1318.5, 0.06, volume=0.5, decay=0.02, partials=((1, 1.0), (2.76, 0.3))),
    # a bell: inharmonic partials, long decay cut short
    "halfway": lambda: note(784.0, 0.25, volume=0.45, decay=0.09,
                            partials=((1, 1.0), (2.4, 0.35), (3.9, 0.12))),
    "set-end": lambda: note(987.8, 0.11, decay=0.08) + note(659.3, 0.14, decay=0.07),
    "phase-start": lambda: note(659.3, 0.09, decay=0.08) + note(987.8, 0.14, decay=0.08),
    "switch-sides": lambda: (note(880.0, 0.07, decay=0.05) + silence(0.035)
                             + note(659.3, 0.07, decay=0.05) + silence(0.035)
                             + note(880.0, 0.07, decay=0.05)),
    "finished": lambda: overlay((0.0, note(523.3, 0.9, volume=0.3, decay=0.35)),
                                (0.12, note(659.3, 0.78, volume=0.3, decay=0.3)),
                                (0.24, note(784.0, 0.66, volume=0.3, decay=0.28)),
                                (0.36, note(1046.5, 0.54, volume=0.35, decay=0.25))),
}


def main():
    for name, make in SOUNDS.items():
        write(f"{name}.wav", make())
    print(f"wrote {len(SOUNDS)} cues to {OUT}")


if __name__ == "__main__":
    main()
