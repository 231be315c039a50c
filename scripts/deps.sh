#!/usr/bin/env bash
# Installs the Debian 12 packages Unknot needs to build, run and test, when they are missing.
set -euo pipefail
# Each line says what needs it; nothing else is installed.
packages=(
  build-essential cmake ninja-build ccache                  # CMakePresets.json (Ninja), ccache
  qt6-base-dev qt6-base-dev-tools libgl-dev qt6-qpa-plugins # Qt Widgets, moc; offscreen/xcb
  qt6-multimedia-dev qt6-speech-dev qt6-declarative-dev     # sounds, voice (TextToSpeech's CMake
  qt6-speech-flite-plugin                                   #   needs declarative); flite, on request
  pkg-config libespeak-ng-dev                               # the voice: espeak-ng in the cue module
  qt6-tools-dev qt6-l10n-tools                              # LinguistTools: lupdate, lrelease
  qt6-translations-l10n                                     # Qt's own words (Cancel) in German
  nlohmann-json3-dev libsqlite3-dev                         # core
  catch2 python3 python3-jsonschema                         # tests; check_schema.py
  libbenchmark-dev                                          # tests/bench
  clang-14 libclang-rt-14-dev                               # scripts/fuzz.sh (libFuzzer)
  xvfb xdotool fonts-dejavu-core                            # app tests in Xvfb, keys; legible text
  pulseaudio pulseaudio-utils                               # audio tests: own server, pacat, parec
  dbus-daemon at-spi2-core python3-pyatspi                  # a11y test: dbus-run-session, AT-SPI
  openbox dunst trayer x11-utils dbus-bin faketime          # desktop tests: WM, notifications,
                                                            #   tray, xprop, dbus-monitor, clock
  desktop-file-utils appstream                              # install test: validators
  poppler-utils                                             # print, report tests: pdfinfo, pdftotext
  python3-icalendar                                         # programme test: the .ics parsed
  librsvg2-bin                                              # scripts/make_icons.sh: rsvg-convert
  dpkg-dev file                                             # cpack -G DEB: dpkg-shlibdeps, file
  openbox x11-utils valgrind                                # tests/bench: idle_cpu.py, callgrind
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
# Installing needs root: sudo where it can ask (a terminal) or needs no password; else say what to do.
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
    SUDO=sudo
  else
    echo "scripts/deps.sh: these Debian packages are missing: ${missing[*]}" >&2
    echo "Installing them needs root, and sudo is not available here. As root, run:" >&2
    echo "  apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "(or run scripts/deps.sh as root), then run this again." >&2
    exit 1
  fi
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
