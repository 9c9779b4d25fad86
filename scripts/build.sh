#!/usr/bin/env bash
# Configures and builds into ./build (or $BUILD_DIR) with Ninja and ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
launcher=()
if command -v ccache >/dev/null 2>&1; then
  # CI builds a fresh clone in another folder: paths relative to the checkout (and no hashed working
  # directory) let it reuse the objects a developer built here. Set in the launcher itself so every
  # later `cmake --build` of this folder uses the same cache keys.
  launcher=("-DCMAKE_CXX_COMPILER_LAUNCHER=env;CCACHE_BASEDIR=$PWD;CCACHE_NOHASHDIR=1;ccache")
fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} "${launcher[@]}"
cmake --build "$BUILD_DIR" -j "$(nproc)"
