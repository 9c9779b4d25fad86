#!/usr/bin/env bash
# README command 1: install what is missing, build, launch the app (offline emulator unless a token is set).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec "${BUILD_DIR:-build}/sdanim" "$@"
