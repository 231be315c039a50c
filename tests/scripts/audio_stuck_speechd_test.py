#!/usr/bin/env python3
"""A speech engine that does not answer holds up a session for twelve seconds at most.

usage: audio_stuck_speechd_test.py UNKNOT ROUTINE_JSON

Forces the speech-dispatcher engine (UNKNOT_SPEECH_ENGINES=speechd) and points it at a socket that
accepts connections and never replies (SPEECHD_ADDRESS), as a hung daemon does. Against a private
PulseAudio null sink, the session must start anyway within a few seconds, say in one line why the
voice is off, and still play its sounds. (speech-dispatcher is not in the default order; this is
the path taken when UNKNOT_SPEECH_ENGINES asks for it.) Exit 77 (skipped) only when PulseAudio cannot run here.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import audio_harness as harness  # noqa: E402
from checks import check, verdict  # noqa: E402


def silent_server(path):
    """Accepts every connection and keeps it open without a word."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(8)
    held = []

    def serve():
        while True:
            try:
                held.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=serve, daemon=True).start()
    return server


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    unknot, routine = argv
    try:
        with harness.PulseSink() as sink:
            data = tempfile.mkdtemp(prefix="unknot-stuck-speechd-")
            os.makedirs(os.path.join(data, "routines"))
            shutil.copy(routine, os.path.join(data, "routines"))
            with open(os.path.join(data, "settings.ini"), "w") as f:
                f.write("[session]\nask_pain_before=false\n")
            server_path = os.path.join(sink.dir, "speechd.sock")
            server = silent_server(server_path)
            log_path = os.path.join(sink.dir, "cues.jsonl")
            out_path = os.path.join(sink.dir, "unknot.out")
            started = time.monotonic()
            with open(out_path, "w") as out:
                app = subprocess.Popen(
                    [unknot, "--data-dir", data, "--play", "audio-test"],
                    env=sink.env(UNKNOT_CUE_LOG=log_path, QT_QPA_PLATFORM="offscreen",
                                 UNKNOT_SPEECH_ENGINES="speechd",
                                 SPEECHD_ADDRESS="unix_socket:" + server_path),
                    stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
            began = None
            deadline = started + 30
            while time.monotonic() < deadline and began is None:
                began = next((e for e in harness.read_cue_log(log_path)
                              if e["what"] == "phase_started"), None)
                time.sleep(0.05)  # polling another process
            heard_by = time.monotonic() + 1.0
            while time.monotonic() < heard_by:
                time.sleep(0.05)
            os.killpg(app.pid, 15)
            app.wait(timeout=20)
            server.close()
            rec = sink.recording()
            said = open(out_path).read()
            shutil.rmtree(data, ignore_errors=True)
    except harness.CannotRun as e:
        print(f"skip: PulseAudio cannot run here: {e}")
        return harness.SKIP
    check("the session starts although speech-dispatcher does not answer", began is not None,
          "no phase started within 30 s")
    if began:
        waited = began["t"] - started
        print(f"the session started {waited:.1f} s after launch")
        check("it waited for the engine no longer than its limit (12 s) and start-up", waited < 18,
              f"{waited:.1f} s")
        check("its first sound is heard", rec.onset_after(began["t"] - 0.02, 0.2) is not None,
              "nothing within 200 ms of the first phase")
    check("one line says why the voice is off",
          "voice cues off (speechd: did not answer within 12 s)" in said, said.strip()[-300:])
    verdict("stuck speech-dispatcher")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
