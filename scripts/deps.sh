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
  nlohmann-json3-dev libsqlite3-dev                         # core
  catch2 python3 python3-jsonschema                         # tests; check_schema.py
  libbenchmark-dev                                          # tests/bench
  clang-14 libclang-rt-14-dev                               # scripts/fuzz.sh (libFuzzer)
  xvfb xdotool fonts-dejavu-core                            # app tests in Xvfb, keys; legible text
  pulseaudio pulseaudio-utils                               # audio tests: own server, pacat, parec
  dbus-daemon at-spi2-core python3-pyatspi                  # a11y test: dbus-run-session, AT-SPI
  desktop-file-utils appstream                              # install test: validators
  poppler-utils                                             # print test: pdfinfo, pdftotext
  librsvg2-bin                                              # scripts/make_icons.sh: rsvg-convert
  dpkg-dev file                                             # cpack -G DEB: dpkg-shlibdeps, file
  openbox x11-utils valgrind                                # tests/bench: idle_cpu.py, callgrind
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
