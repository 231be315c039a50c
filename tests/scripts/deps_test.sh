#!/usr/bin/env bash
# scripts/deps.sh as a user who is not root and has no sudo, with packages missing (a dpkg-query
# that knows none): it must not try sudo or apt-get, but say which packages and the command to run
# as root, and fail. Runs as nobody when started as root.
# usage: deps_test.sh SOURCE_DIR
set -uo pipefail
src=$1
fake=$(mktemp -d)
trap 'rm -rf "$fake"' EXIT
chmod 755 "$fake"
printf '#!/bin/sh\nexit 1\n' > "$fake/dpkg-query"           # every package is missing
printf '#!/bin/sh\necho apt-get ran >&2; exit 0\n' > "$fake/apt-get"
chmod 755 "$fake"/*
as_user=()
if [ "$(id -u)" = 0 ]; then
  as_user=(runuser -u nobody --)
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  echo "skip: this user has sudo without a password"; exit 77
fi
# PATH without sudo: only the fakes and the basic tools.
bin=$(mktemp -d); trap 'rm -rf "$fake" "$bin"' EXIT; chmod 755 "$bin"
for tool in bash sh grep id env; do ln -s "$(command -v $tool)" "$bin/$tool"; done
out=$(cd / && "${as_user[@]}" env -i PATH="$fake:$bin" bash "$src/scripts/deps.sh" </dev/null 2>&1)
rc=$?
echo "$out"
fail=0
[ $rc -ne 0 ] || { echo "FAIL: exit code 0"; fail=1; }
grep -q "needs root" <<<"$out" || { echo "FAIL: does not say it needs root"; fail=1; }
grep -q "apt-get install --no-install-recommends .*openbox" <<<"$out" ||
  { echo "FAIL: does not give the command with the packages"; fail=1; }
grep -q "apt-get ran\|command not found" <<<"$out" && { echo "FAIL: tried to install"; fail=1; }
[ $fail = 0 ] && echo "deps.sh without root or sudo: ok"
exit $fail
