#!/usr/bin/env bash
# Installs every Debian and npm package the build and the tests need, on a fresh Debian 12.
# Skips apt entirely when everything is already there, so repeated runs cost a second.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins qtkeychain-qt6-dev
  libcpp-httplib-dev libgif-dev libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libavfilter-dev
  ffmpeg dbus dbus-x11 gnome-keyring xvfb xauth imagemagick curl
  # the fuzz stage of run-tests.sh: clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  # a CLI test whose run hits its cap logs the stuck process's stacks (tests/support/CliHarness.h)
  gdb
)
# The Debian package (packaging/Packaging.cmake, scripts/check-package.sh): dpkg-shlibdeps computes
# its dependencies, help2man writes the man pages from --help, rsvg-convert renders the icon sizes,
# and the desktop entry, AppStream metadata and the .deb are validated and linted.
PACKAGES+=(dpkg-dev help2man librsvg2-bin desktop-file-utils appstream lintian man-db)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js comes from Debian only when the machine has none (some images ship their own node+npm).
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The conformance peer: the official replicate npm client, pinned by package-lock.json.
if [ -f tests/conformance/package-lock.json ] && [ ! -d tests/conformance/node_modules/replicate ]; then
  (cd tests/conformance && npm ci --no-audit --no-fund)
fi
