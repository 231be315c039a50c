#!/usr/bin/env bash
# Installs the Debian 12 packages Unknot needs to build, run and test, when they are missing.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev
  qt6-multimedia-dev qt6-speech-dev qt6-declarative-dev qt6-speech-flite-plugin
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  nlohmann-json3-dev catch2 libsqlite3-dev libsqlitecpp-dev sqlite3 libbenchmark-dev
  python3 python3-jsonschema xvfb xauth xdotool fonts-dejavu-core
  clang-14 libclang-rt-14-dev
  dpkg-dev file desktop-file-utils appstream librsvg2-bin poppler-utils
  python3-pyatspi at-spi2-core
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
