#!/usr/bin/env bash
# Configures and builds the libFuzzer targets (tests/fuzz) with clang into ./build-fuzz (or
# $FUZZ_BUILD_DIR). scripts/run-tests.sh runs them (stage "fuzz") through CTest for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=("-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$PWD;CCACHE_NOHASHDIR=1;ccache")
fi
cmake -S tests/fuzz -B "$FUZZ_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
  ${SDANIM_FUZZ_SECONDS:+-DSDANIM_FUZZ_SECONDS=$SDANIM_FUZZ_SECONDS} "${launcher[@]}"
cmake --build "$FUZZ_BUILD_DIR" -j "${JOBS:-$(nproc)}"
