#!/usr/bin/env bash
# Runs Unknot in Xvfb with the AT-SPI accessibility bus and checks with atspi_test.py that a
# screen reader finds its main controls. usage: atspi_test.sh UNKNOT SOURCE_DIR
# Exit 77 (skipped, or failed where tests may not skip: tests/CMakeLists.txt) when Xvfb,
# dbus-run-session (dbus-daemon), the bus launcher (at-spi2-core) or pyatspi is missing.
set -u
unknot=$1; src=$2
launcher=/usr/libexec/at-spi-bus-launcher
for need in Xvfb:xvfb dbus-run-session:dbus-daemon; do
  command -v ${need%:*} >/dev/null || { echo "skip: no ${need%:*} (${need#*:})"; exit 77; }
done
[ -x $launcher ] || { echo "skip: no $launcher (at-spi2-core)"; exit 77; }
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "skip: no pyatspi (python3-pyatspi)"; exit 77; }
[ "${1:-}" = --inner ] || exec dbus-run-session -- "$0" --inner "$@"
shift; unknot=$1; src=$2
work=$(mktemp -d)
display=""
for n in $(seq 160 220); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || { display=":$n"; break; }; done
Xvfb "$display" -screen 0 1280x800x24 -noreset -nolisten tcp >/dev/null 2>&1 & xvfb=$!
$launcher --launch-immediately >/dev/null 2>&1 & bus=$!
cleanup() { kill $app $bus $xvfb 2>/dev/null; rm -rf "$work"; }
app=""; trap cleanup EXIT
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.05; done
export DISPLAY=$display QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
unset QT_QPA_PLATFORM
"$unknot" --data-dir "$work" >"$work/app.log" 2>&1 & app=$!
/usr/bin/python3 "$src/tests/scripts/atspi_test.py" ${ATSPI_DUMP:+--dump}; rc=$?
[ $rc -eq 0 ] || { echo "app output:"; cat "$work/app.log"; }
exit $rc
