// A measuring hook for tests/bench/stall.py, off unless the environment variable
// UNKNOT_STALL_PROBE is set: a precise timer asks the event loop for a turn every 5 ms, and each
// time the loop came round more than UNKNOT_STALL_PROBE_MS (default 20) milliseconds late it
// prints "unknot-probe stall <at_ms> <gap_ms> <cpu_ms>" to stderr: when the gap ended (ms since
// launch, as UNKNOT_STARTUP_PROBE gives it, else since the probe started), how long the loop
// did not come round, and how much of that the GUI thread was running (the rest it waited for a
// core, a lock or the disk).
#pragma once

class QObject;

namespace unknot::gui {

void install_stall_probe(QObject* parent);

} // namespace unknot::gui
