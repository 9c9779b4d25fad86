#!/usr/bin/env bash
# Network, long runs: requests per prediction and the delay from terminal to the file on disk,
# `sdanim run` vs the npm client in poll and in default mode, all at once on one emulator
# (bench/netbench/network_long.py; RESULTS.md "Network, long runs").
set -euo pipefail
exec python3 "$REPO/bench/netbench/network_long.py"
