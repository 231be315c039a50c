#!/usr/bin/env bash
# Installs the build into a DESTDIR with prefix /usr, as a package would, and checks the result with
# the tools desktops and software centres use. usage: install_test.sh BUILD_DIR APP_ID
set -u
build=$1; id=$2
root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
fails=0; passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $1"; fails=$((fails + 1)); }
check() { if eval "$2"; then ok; else fail "$1"; fi; }

DESTDIR=$root cmake --install "$build" --prefix /usr >"$root.log" 2>&1 || { cat "$root.log"; fail "cmake --install"; }
rm -f "$root.log"
usr=$root/usr; share=$usr/share

check "the binary is in usr/bin" '[ -x "$usr/bin/unknot" ]'
check "the installed binary runs" '"$usr/bin/unknot" --version | grep -q "^unknot [0-9]"'
check "the sound and voice module is installed" '[ -n "$(find "$usr/lib" -name unknot-cues.so)" ]'
# A session makes the player load the module from where the installed binary looks for it.
mkdir -p "$root/data" && printf '[session]\nask_pain_before=false\n' >"$root/data/settings.ini"
played=$(QT_QPA_PLATFORM=offscreen UNKNOT_STARTUP_PROBE=1 UNKNOT_STARTUP_IDLE_MS=300 \
  "$usr/bin/unknot" --data-dir "$root/data" --play everyday-ten 2>&1)
check "the installed binary loads the module: $played" \
  '! grep -q "module did not load" <<<"$played" && grep -q "idle_rss_kb" <<<"$played"'
check "and played a session" '[ "$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT count(*) FROM sessions\").fetchone()[0])" "$root/data/history.sqlite3")" = 1 ]'
desktop=$share/applications/$id.desktop
check "desktop file installed as $id.desktop" '[ -f "$desktop" ]'
out=$(desktop-file-validate "$desktop" 2>&1); rc=$?
check "desktop-file-validate (exit $rc): $out" '[ $rc -eq 0 ] && [ -z "$out" ]'
check "desktop file runs unknot" 'grep -qx "Exec=unknot" "$desktop"'
check "desktop file names the icon $id" 'grep -qx "Icon=$id" "$desktop"'
metainfo=$share/metainfo/$id.metainfo.xml
out=$(appstreamcli validate --no-net --strict "$metainfo" 2>&1); rc=$?
check "appstreamcli validate (exit $rc): $out" '[ $rc -eq 0 ]'
check "metainfo id is $id" 'grep -q "<id>$id</id>" "$metainfo"'
check "metainfo launches $id.desktop" 'grep -q ">$id.desktop</launchable>" "$metainfo"'
check "metainfo has release notes for this version" \
  'grep -q "<release version=\"$("$usr/bin/unknot" --version | cut -d" " -f2)\"" "$metainfo"'
check "scalable icon installed" '[ -f "$share/icons/hicolor/scalable/apps/$id.svg" ]'
for size in 16 22 24 32 48 64 128 256; do
  png=$share/icons/hicolor/${size}x${size}/apps/$id.png
  dims=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8]==b"\x89PNG\r\n\x1a\n" else "not a png")' "$png" 2>&1)
  check "${size}x${size} icon is a ${size}x${size} PNG (got $dims)" '[ "$dims" = "${size}x${size}" ]'
done
check "licence installed as the copyright file" 'grep -q "GNU GENERAL PUBLIC LICENSE" "$share/doc/unknot/copyright"'

echo "$passes passed, $fails failed"
[ $fails -eq 0 ]
