#!/usr/bin/env bash
# Unknot never talks to the network: no network API, header or library anywhere in src/.
# (Qt D-Bus for the screen saver is local IPC on the session bus and is allowed.)
# Usage: check_no_network.sh REPO_ROOT
set -euo pipefail
root=${1:-.}
pattern='QNetwork|QTcpSocket|QTcpServer|QUdpSocket|QSslSocket|QWebSocket|QHostAddress|QHostInfo'
pattern+='|QDnsLookup|QAbstractSocket|QHttp|QRestAccessManager|QDesktopServices::openUrl'
pattern+='|Qt6?::Network|Qt6?Network|\bsocket\s*\(|\bconnect\s*\(\s*[a-z_]*fd|\bgetaddrinfo\b'
pattern+='|\bgethostbyname|\bcurl_|<curl/|<sys/socket\.h>|<netinet/|<arpa/inet\.h>|<netdb\.h>'
found=$(grep -rsnEI "$pattern" "$root/src" "$root/CMakeLists.txt" || true)
if [ -n "$found" ]; then
  echo "network code found (Unknot works offline; remove it):"
  echo "$found"
  exit 1
fi
echo "check_no_network: no network code in src/"
