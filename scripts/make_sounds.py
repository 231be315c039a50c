#!/usr/bin/env python3
"""Writes the player's short sound cues to resources/sounds/*.wav (16-bit mono, 22.05 kHz).

Run it again after changing a cue; the WAV files are committed and compiled in as Qt resources.
"""
import math
import pathlib
import struct
import wave

RATE = 22050
OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freq, seconds, volume=0.5, attack=0.005, release=0.04):
    """A sine tone with a short fade in and out so that it does not click."""
    n = int(RATE * seconds)
    samples = []
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, t / attack, (seconds - t) / release)
        # a little of the octave makes small laptop speakers carry it
        value = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
        samples.append(volume * max(0.0, envelope) * value / 1.25)
    return samples


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


def main():
    write("tick.wav", tone(1046.5, 0.07, volume=0.45, release=0.03))  # C6 blip
    write("phase-start.wav", tone(659.3, 0.12) + tone(987.8, 0.22))  # E5 then B5, rising
    write("switch-sides.wav", tone(880.0, 0.1) + silence(0.05) + tone(659.3, 0.1)
          + silence(0.05) + tone(880.0, 0.16))  # A5 E5 A5: back and forth
    write("finished.wav", tone(523.3, 0.15) + tone(659.3, 0.15) + tone(784.0, 0.15)
          + tone(1046.5, 0.45, release=0.3))  # C E G C arpeggio
    print(f"wrote 4 cues to {OUT}")


if __name__ == "__main__":
    main()
