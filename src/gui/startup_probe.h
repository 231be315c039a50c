// A measuring hook for the start-up benchmark (tests/bench/startup.py), off unless the environment
// variable UNKNOT_STARTUP_PROBE holds the launch time in nanoseconds on CLOCK_MONOTONIC (Python's
// time.monotonic_ns()). Then, when `window` is first exposed (mapped and drawn), it prints
// "unknot-probe shown_ms <milliseconds since launch>" to stderr; after UNKNOT_STARTUP_IDLE_MS
// (default 2000) more milliseconds of the event loop it prints "unknot-probe idle_rss_kb <VmRSS>"
// and quits the application. The bare window of tests/bench uses the same hook.
#pragma once

class QWidget;

namespace unknot::gui {

// Call right after `window.show()`.
void install_startup_probe(QWidget& window);

} // namespace unknot::gui
