#!/usr/bin/env bash
# README command 2: install what is missing, build, run every test through CTest.
# Tests get a real Secret Service (gnome-keyring on a private D-Bus session) and an offscreen display.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
export BUILD_DIR=${BUILD_DIR:-build}
# A fresh keyring home per run: an existing login keyring with another password would stay locked.
export XDG_DATA_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
dbus-run-session -- bash -c '
  echo -n sdanim-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cd "$BUILD_DIR" && ctest --output-on-failure --timeout 300 -j 2 "$@"' bash "$@"
