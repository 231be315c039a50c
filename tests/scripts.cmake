# Script tests, included from tests/CMakeLists.txt.

# The JSON Schema accepts the shipped routines and good fixtures and rejects the structurally bad ones.
add_test(NAME "schema: routines and fixtures"
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_schema.py ${PROJECT_SOURCE_DIR})

# The programme file's schema accepts the good programmes and rejects the bad fixture.
add_test(NAME "schema: programme files"
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_programme_schema.py ${PROJECT_SOURCE_DIR})

# The print-only command-line modes and their exit codes, run as a user would.
if(TARGET unknot)
  add_test(NAME "cli: validate, list, exit codes"
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/cli_test.sh $<TARGET_FILE:unknot> ${PROJECT_SOURCE_DIR})
  # --render-figures: one PNG of key poses per exercise, without a display.
  add_test(NAME "cli: render figures"
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/render_figures_test.sh $<TARGET_FILE:unknot> ${PROJECT_SOURCE_DIR})
endif()

# SQL only through prepared statements with bound values, and no network code at all; each check
# is also run on a small bad example whose every line it must report, so it cannot pass blind.
add_test(NAME "sql: no values pasted into SQL text"
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_sql.py ${PROJECT_SOURCE_DIR})
add_test(NAME "sql: the check rejects values pasted into SQL text"
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_sql.py
          ${CMAKE_CURRENT_SOURCE_DIR}/data/sql-check)
set_tests_properties("sql: the check rejects values pasted into SQL text" PROPERTIES
  PASS_REGULAR_EXPRESSION "3 calls that take SQL text checked, 3 problems")
add_test(NAME "network: no network code in src"
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_no_network.sh ${PROJECT_SOURCE_DIR})
add_test(NAME "network: the check rejects network code"
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_no_network.sh
          ${CMAKE_CURRENT_SOURCE_DIR}/data/network-check)
set_tests_properties("network: the check rejects network code" PROPERTIES
  PASS_REGULAR_EXPRESSION "phones_home.cpp:2:.*phones_home.cpp:3:.*phones_home.cpp:6:")

# unknot --export-history: a CSV round trip through Python's csv module (commas, quotes, line
# breaks, non-Latin text), ISO 8601 times with offsets, and the exit codes, without a display.
if(TARGET unknot)
  add_test(NAME "cli: history export round trip and exit codes"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/history_export_test.py
            $<TARGET_FILE:unknot> ${PROJECT_SOURCE_DIR})
endif()

# unknot --cue-script ID [--guidance LEVEL]: what the coach says and plays, when, without a display:
# a built-in routine, a user routine, a quieter level, an unknown id.
if(TARGET unknot)
  add_test(NAME "cli: the cue script of a routine"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/cue_script_test.py
            $<TARGET_FILE:unknot>)
endif()

# Every built-in routine's cue script in English and German: no raw {left|right}, the side named
# for every sided exercise and switch, speech inside every hold after 5 s, 3-2-1 at every hold's end.
if(TARGET unknot)
  add_test(NAME "cli: every built-in routine's cue script, in English and German"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/cue_script_builtins_test.py
            $<TARGET_FILE:unknot> ${PROJECT_SOURCE_DIR}/routines)
endif()

# The programme's modes without a display: the therapist report (PDF, CSV) and the calendar file.
if(TARGET unknot)
  add_test(NAME "cli: programme report, CSV and calendar"
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/programme_cli_test.sh $<TARGET_FILE:unknot>
            ${PROJECT_SOURCE_DIR})
endif()

# unknot --print-routine ID OUT.pdf without a display: a PDF of one or two pages, and the errors.
if(TARGET unknot)
  add_test(NAME "cli: print a routine handout as PDF"
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/print_test.sh $<TARGET_FILE:unknot>)
endif()

# A screen reader's view: Unknot in Xvfb with the AT-SPI bus; its main controls found by role and
# name through pyatspi (exit 77 when Xvfb, dbus-daemon, at-spi2-core or python3-pyatspi is missing).
if(TARGET unknot)
  add_test(NAME "a11y: AT-SPI finds the main controls by role and name"
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/atspi_test.sh $<TARGET_FILE:unknot> ${PROJECT_SOURCE_DIR})
  set_tests_properties("a11y: AT-SPI finds the main controls by role and name" PROPERTIES
    TIMEOUT 120)
  unknot_test_may_skip("a11y: AT-SPI finds the main controls by role and name")
  # What a screen reader hears in a session: the events AT-SPI delivers (its own Xvfb and buses;
  # the system Python, where python3-pyatspi lives).
  add_test(NAME "a11y: AT-SPI hears each phase, 10-5-3-2-1 and the end; Pause stays quiet"
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/scripts/atspi_player_test.py
            $<TARGET_FILE:unknot>)
  set_tests_properties("a11y: AT-SPI hears each phase, 10-5-3-2-1 and the end; Pause stays quiet"
    PROPERTIES TIMEOUT 120)
  unknot_test_may_skip("a11y: AT-SPI hears each phase, 10-5-3-2-1 and the end; Pause stays quiet")
endif()

# Reminders against the real desktop: dunst on a private session bus shows the Notify call's
# actions, and choosing "Start" in its menu starts the routine (tests/scripts/desktop_session.py
# starts and stops Xvfb, the bus, openbox and dunst; libfaketime sets the app's clock).
if(TARGET unknot)
  add_test(NAME "desktop: a reminder through dunst offers Start NAME and Not today; Start plays"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/desktop_notify_test.py
            $<TARGET_FILE:unknot>)
  set_tests_properties("desktop: a reminder through dunst offers Start NAME and Not today; Start plays"
    PROPERTIES TIMEOUT 120)
  unknot_test_may_skip("desktop: a reminder through dunst offers Start NAME and Not today; Start plays")
endif()

# The window against openbox and trayer: sessions full screen (F11 toggles, the end restores),
# a tray that comes later is used, closing hides to it (said once through dunst), a second start
# raises the hidden window, Ctrl+Q quits, --background shows only the tray icon.
if(TARGET unknot)
  add_test(NAME "desktop: full screen sessions, hide to a late tray, raise, quit, --background"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/desktop_window_test.py
            $<TARGET_FILE:unknot>)
  set_tests_properties("desktop: full screen sessions, hide to a late tray, raise, quit, --background"
    PROPERTIES TIMEOUT 180)
  unknot_test_may_skip("desktop: full screen sessions, hide to a late tray, raise, quit, --background")
endif()

# scripts/deps.sh as a user without root or sudo: says which packages and what to run, installs nothing.
add_test(NAME "deps: without root or sudo deps.sh says what to run"
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/deps_test.sh ${PROJECT_SOURCE_DIR})
unknot_test_may_skip("deps: without root or sudo deps.sh says what to run")

# Core layers point down only: every include from core names the file's own layer or one it links
# (the configure has already failed on a link that points up, cmake/CoreLayers.cmake); no Qt in
# core; gui never includes app. Both checks also run on a small bad example that they must reject.
add_test(NAME "layers: core includes only the layers it links"
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_layers.py
          ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/core_layers.txt)
add_test(NAME "layers: the include check rejects includes that point up"
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_layers.py
          ${CMAKE_CURRENT_SOURCE_DIR}/data/layers-check/src
          ${CMAKE_CURRENT_SOURCE_DIR}/data/layers-check/layers.txt)
set_tests_properties("layers: the include check rejects includes that point up" PROPERTIES
  PASS_REGULAR_EXPRESSION
  "upward.h:3: core/base includes core/routine.*upward.h:4: core includes Qt.*stray.cpp: not in a layer folder.*window.cpp:2: gui includes app.*4 problems")
add_test(NAME "layers: the configure check rejects links that point up"
  COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_SOURCE_DIR}/data/layers-check/cmake
          -B ${CMAKE_CURRENT_BINARY_DIR}/layers-check
          -DUNKNOT_LAYERS_MODULE=${PROJECT_SOURCE_DIR}/cmake/CoreLayers.cmake)
set_tests_properties("layers: the configure check rejects links that point up" PROPERTIES
  PASS_REGULAR_EXPRESSION "fake_base links fake_routine, which is not below it.*fake_json links Qt6::Core: not a core library")

# The player heard through a real PulseAudio server (its own, with a null sink, recorded) and a
# short routine at time scale 1: speech, sounds at the boundaries, the 3-2-1 on the beat, silence
# while paused, no overlaps (tests/scripts/audio_harness.py lines the recording up with the app's
# clock). Exit 77 only when PulseAudio cannot run at all (a skip where tests may skip, a failure in
# the dev build); scripts/deps.sh installs it. Alone: it measures time.
if(TARGET unknot)
  add_test(NAME "audio: a session heard through PulseAudio"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/audio_session_test.py
            $<TARGET_FILE:unknot> ${CMAKE_CURRENT_SOURCE_DIR}/data/audio/audio-test.json)
  set_tests_properties("audio: a session heard through PulseAudio" PROPERTIES
    TIMEOUT 240 RUN_SERIAL TRUE LABELS audio)
  unknot_test_may_skip("audio: a session heard through PulseAudio")
endif()
# A speech-dispatcher that accepts connections and never answers (a hung daemon), when asked for,
# costs the session at most twelve seconds: it starts, says why the voice is off, plays its sounds.
if(TARGET unknot)
  add_test(NAME "audio: a speech engine that does not answer does not hold up the session for ever"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/audio_stuck_speechd_test.py
            $<TARGET_FILE:unknot> ${CMAKE_CURRENT_SOURCE_DIR}/data/audio/audio-test.json)
  set_tests_properties("audio: a speech engine that does not answer does not hold up the session for ever"
    PROPERTIES TIMEOUT 120 LABELS audio)
  unknot_test_may_skip(
    "audio: a speech engine that does not answer does not hold up the session for ever")
endif()

# The built-in routines' text: sided exercises name their side only through {left|right} choices,
# every exercise has a movement to speak, every routine has the three red-flag tiers in English and
# German, the German has every text with the same list lengths, and no text repeats eight words of
# a source note (by the fingerprint in tests/data/seed-shingles.txt; the notes are not in the
# repository). The check also runs on fixtures with one of each problem and must report exactly
# those, and the fingerprint script must reproduce the fixture's fingerprint from its made-up note.
add_test(NAME "content: built-in routines are sided, speakable, tiered, translated, our own words"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_content.py
          ${PROJECT_SOURCE_DIR}/routines ${CMAKE_CURRENT_SOURCE_DIR}/data/seed-shingles.txt)
add_test(NAME "content: the check reports exactly the planted problems"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_content.py
          --expect ${CMAKE_CURRENT_SOURCE_DIR}/data/content-bad/expected.txt
          ${CMAKE_CURRENT_SOURCE_DIR}/data/content-bad/routines
          ${CMAKE_CURRENT_SOURCE_DIR}/data/content-bad/seed-shingles.txt)
add_test(NAME "content: the fingerprint script reproduces the fixture's fingerprint"
  COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/scripts/make_seed_shingles.py --check
          ${CMAKE_CURRENT_SOURCE_DIR}/data/content-bad/seeds
          ${CMAKE_CURRENT_SOURCE_DIR}/data/content-bad/seed-shingles.txt)
