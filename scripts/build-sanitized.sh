#!/usr/bin/env bash
# Configures and builds the AddressSanitizer + UndefinedBehaviorSanitizer suite into ./build-asan
# (or $ASAN_BUILD_DIR): Debug, so Qt's and our asserts are on; every target, tests included.
# scripts/run-tests.sh runs its CTest suite (stage "asan") with the runtime options it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
ASAN_BUILD_DIR=${ASAN_BUILD_DIR:-build-asan}
launcher=()
if command -v ccache >/dev/null 2>&1; then
  # Same cache keys as scripts/build.sh, so a clone elsewhere (CI) reuses what was built here.
  launcher=("-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$PWD;CCACHE_NOHASHDIR=1;ccache")
fi
cmake -S . -B "$ASAN_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSDANIM_SANITIZE=ON "${launcher[@]}"
cmake --build "$ASAN_BUILD_DIR" -j "${JOBS:-$(nproc)}"
