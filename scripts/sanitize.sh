#!/usr/bin/env bash
# Builds the whole tree (core, GUI, app, tests) with AddressSanitizer + UndefinedBehaviorSanitizer
# (preset asan-ubsan, in build-asan/) and runs the whole test suite there; any sanitizer report
# fails its test.
#   scripts/sanitize.sh [ctest arguments]
# The test preset leaves out the AT-SPI test: it needs a real X connection (xcb), and Debian 12's
# libxkbcommon-x11 reads past a reply buffer inside xkb_x11_keymap_new_from_device (ASan:
# heap-buffer-overflow in strndup, before any Unknot code runs). So does "audio: a session heard
# through PulseAudio" (it presses keys in an Xvfb window), the "desktop:" tests (openbox, trayer,
# dunst: the app in an X window) and "app: a stale or foreign lock" (it answers a question in an
# Xvfb window). They run in the normal build
# (scripts/test.sh); here everything else does.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh --preset asan-ubsan
ctest --preset asan-ubsan --parallel "$(nproc)" "$@"
