#!/usr/bin/env bash
# Renders desktop/io.github.unknot.Unknot.svg to the committed hicolor PNG sizes (needs rsvg-convert,
# package librsvg2-bin). Run it after changing the SVG and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")/../desktop"
id=io.github.unknot.Unknot
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "icons/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$id.svg" -o "icons/${size}x${size}/$id.png"
done
