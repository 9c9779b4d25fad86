#!/usr/bin/env bash
# Network, short runs: requests per prediction and wall time, `sdanim run` vs the npm client's
# run() + download (bench/netbench/network_short.py; RESULTS.md "Network, short runs").
set -euo pipefail
exec python3 "$REPO/bench/netbench/network_short.py"
