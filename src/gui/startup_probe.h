// A measuring hook for the start-up benchmark (tests/bench/startup.py), off unless the environment
// variable UNKNOT_STARTUP_PROBE holds the launch time in nanoseconds on CLOCK_MONOTONIC (Python's
// time.monotonic_ns()). Then, once `window` is first exposed (mapped and drawn), it prints
// "unknot-probe shown_ms <milliseconds since launch>" to stderr; UNKNOT_STARTUP_IDLE_MS (default
// 2000) milliseconds after start-up is finished (mark_startup_ready) it prints
// "unknot-probe idle_rss_kb <VmRSS>" and leaves the event loop at once, without asking the
// windows. The bare window of tests/bench uses the same hook. Under valgrind --tool=callgrind the
// counts are dumped at the first frame and when ready (tests/bench/callgrind.py).
#pragma once

class QWidget;

namespace unknot::gui {

// Call right after `window.show()`.
void install_startup_probe(QWidget& window);

// Prints "unknot-probe ready_ms <milliseconds since launch>" when the probe is on: unknot calls it
// once the user's routines and the history, loaded after the window is shown, are in it; the idle
// wait starts then.
void mark_startup_ready();

} // namespace unknot::gui
