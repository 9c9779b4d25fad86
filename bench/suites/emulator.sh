#!/usr/bin/env bash
# Emulator: predictions per second with 50 concurrent clients, errors, and its memory as
# predictions accumulate (bench/netbench/emulator_load.py; RESULTS.md "Emulator").
set -euo pipefail
exec python3 "$REPO/bench/netbench/emulator_load.py"
