#!/usr/bin/env bash
# Builds the .deb from the build dir and treats it the way Debian and a desktop would: validates the
# desktop entry and the AppStream metadata, lints the package, installs it with apt, uses the
# installed programs (version, an offline run, "Open with" on its output, the man page), then
# purges it and checks that nothing it installed is left. docs/packaging.md.
#
#   bash scripts/check-package.sh                 # BUILD_DIR=build by default; as root (or with sudo)
#   bash scripts/check-package.sh --bare-debian   # also in a fresh minimal Debian 12 (debootstrap;
#                                                 # downloads about 300 MB from Debian, root only)
#   bash scripts/check-package.sh --no-build      # package what $BUILD_DIR already holds
#
# Non-interactive (CI has no stdin). It refuses to run if an sdanim package is already installed,
# because it would remove it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=$(cd "${BUILD_DIR:-build}" && pwd)

BARE_DEBIAN=0
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --bare-debian) BARE_DEBIAN=1 ;;
    --no-build) BUILD=0 ;;
    *) echo "usage: $0 [--bare-debian] [--no-build]" >&2; exit 2 ;;
  esac
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n== %s\n' "$*" >&2; }
fail() { printf 'check-package: FAIL: %s\n' "$*" >&2; exit 1; }
passed=()
ok() { passed+=("$1"); printf 'check-package: ok: %s\n' "$1" >&2; }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian ffprobe man apt-get; do
  command -v "$tool" >/dev/null || fail "$tool is missing (bash scripts/setup.sh installs it)"
done
if [ "$BARE_DEBIAN" = 1 ]; then
  command -v debootstrap >/dev/null || fail "--bare-debian needs debootstrap (apt-get install debootstrap)"
  [ "$(id -u)" -eq 0 ] || fail "--bare-debian needs root (chroot)"
fi
if dpkg-query -W -f='${Status}' sdanim 2>/dev/null | grep -q "installed"; then
  fail "an sdanim package is already installed; remove it first (apt-get purge sdanim)"
fi

WORK=$(mktemp -d)
installed=0
cleanup() {
  # Whatever failed, do not leave the package behind on a developer's machine.
  if [ "$installed" = 1 ]; then $SUDO apt-get purge -y -q sdanim >/dev/null 2>&1 || true; fi
  if [ -n "${GUI_PID:-}" ]; then kill "$GUI_PID" 2>/dev/null || true; fi
  if [ -n "${BARE_PROC:-}" ]; then umount "$BARE_PROC" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

step "build the programs and the package data, then cpack -G DEB"
if [ "$BUILD" = 1 ]; then cmake --build "$BUILD_DIR" --target sdanim sdanim-emulator sdanim_package_data >&2; fi
rm -rf "$BUILD_DIR/package"
(cd "$BUILD_DIR" && cpack -G DEB -B "$BUILD_DIR/package" >&2)
DEB=$(ls "$BUILD_DIR"/package/sdanim_*.deb)
VERSION=$(dpkg-deb -f "$DEB" Version)
ok "built $(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB)"

step "control data"
dpkg-deb -I "$DEB" >&2
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
[ "$(dpkg-deb -f "$DEB" Package)" = sdanim ] || fail "package name"
for lib in libqt6core6 libqt6widgets6 libqt6multimedia6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libgif7 libavcodec59; do
  grep -Eq "(^|, )$lib( |,|$)" <<<"$DEPENDS" || fail "Depends lacks $lib: $DEPENDS"
done
grep -q -- "-dev" <<<"$DEPENDS" && fail "Depends names a development package: $DEPENDS"
ok "dependencies computed by dpkg-shlibdeps plus the hand-listed run-time ones, no -dev package"

step "desktop entry and AppStream metadata"
mkdir -p "$WORK/root"
dpkg-deb -x "$DEB" "$WORK/root"
desktop-file-validate "$WORK/root/usr/share/applications/sdanim.desktop"
grep -q '^MimeType=image/gif;video/mp4;$' "$WORK/root/usr/share/applications/sdanim.desktop" || fail "MimeType"
grep -Eq '^Exec=sdanim %[fF]$' "$WORK/root/usr/share/applications/sdanim.desktop" || fail "Exec takes no file"
ok "desktop-file-validate"
METAINFO=$(ls "$WORK"/root/usr/share/metainfo/*.metainfo.xml)
appstreamcli validate --no-net "$METAINFO" >&2
grep -q "<release version=\"$VERSION\"" "$METAINFO" || fail "the metainfo's release is not $VERSION"
ok "appstreamcli validate --no-net"

step "lintian"
# Warnings that stay are listed with their reasons in docs/packaging.md; errors fail.
lintian --tag-display-limit 0 "$DEB" | tee "$WORK/lintian.txt" >&2 || true
if grep -q '^E: ' "$WORK/lintian.txt"; then fail "lintian reports errors"; fi
ok "lintian: no errors ($(grep -c '^W: ' "$WORK/lintian.txt" || true) warnings)"

step "apt-get install ./$(basename "$DEB")"
cp "$DEB" "$WORK/"
chmod 755 "$WORK"; chmod 644 "$WORK/$(basename "$DEB")"   # apt's sandbox user must read it
installed=1
$SUDO apt-get install -y -q --no-install-recommends "$WORK/$(basename "$DEB")" >&2
dpkg -L sdanim | sort >"$WORK/files.txt"
ok "installed $(grep -c . "$WORK/files.txt") paths"

step "every Qt plugin the app loads comes from a package it depends on"
# dpkg-shlibdeps cannot see what Qt opens with dlopen (see packaging/Packaging.cmake).
plugins=(sqldrivers/libqsqlite.so platforms/libqxcb.so platforms/libqoffscreen.so
         multimedia/libffmpegmediaplugin.so tls/libqopensslbackend.so imageformats/libqgif.so)
plugin_dir=$(dirname "$(dpkg -L libqt6gui6 | grep '/plugins/platforms/libqxcb.so$')")/..
for p in "${plugins[@]}"; do
  owner=$(dpkg -S "$(realpath "$plugin_dir/$p")" | cut -d: -f1)
  grep -Eq "(^|, )$owner( |,|$)" <<<"$DEPENDS" || fail "$p is in $owner, which sdanim does not depend on"
done
ok "plugins ${plugins[*]} are in Depends"

step "every FFmpeg library the app dlopens comes from a package it depends on"
# The app opens libav* on first use (app/media/LibAv), so dpkg-shlibdeps does not see them either.
# The sonames are the ones the installed sdanim asks for (its strings), resolved by the dynamic loader's cache.
sonames=$(strings /usr/bin/sdanim | grep -Eo 'lib(avutil|swscale|avcodec|avformat|avfilter)\.so\.[0-9]+' | sort -u)
[ "$(wc -l <<<"$sonames")" = 5 ] || fail "expected 5 libav sonames in /usr/bin/sdanim, found: $sonames"
for soname in $sonames; do
  file=$(/sbin/ldconfig -p | awk -v s="$soname" '$1 == s && /x86-64/ && !found {print $NF; found = 1}')
  [ -n "$file" ] || fail "$soname is not installed"
  owner=$(dpkg -S "$(realpath "$file")" | cut -d: -f1)
  grep -Eq "(^|, )$owner( |,|$)" <<<"$DEPENDS" || fail "$soname is in $owner, which sdanim does not depend on"
done
ok "libav sonames $(echo $sonames) are in Depends"

# Uses the installed programs as a new user would: temporary HOME and XDG folders, no token, no
# session bus, no keyring. SYSROOT is the root of the system under test as seen from here: empty for
# this machine, the chroot for --bare-debian (then the programs run inside it).
exercise_installed() {
  local label=$1
  local uhome=/tmp/sdanim-check-home
  local user=()
  if [ -n "$SYSROOT" ]; then user=(chroot "$SYSROOT"); fi
  user+=(env -i PATH=/usr/bin:/bin HOME="$uhome" XDG_CONFIG_HOME="$uhome/.config"
         XDG_DATA_HOME="$uhome/.local/share" XDG_RUNTIME_DIR="$uhome" LANG=C.UTF-8)
  rm -rf "$SYSROOT$uhome"
  mkdir -p "$SYSROOT$uhome" && chmod 700 "$SYSROOT$uhome"   # also its XDG_RUNTIME_DIR
  as_user() { "${user[@]}" "$@"; }

  step "$label: installed programs"
  [ "$(as_user /usr/bin/sdanim --version)" = "sdanim $VERSION" ] || fail "sdanim --version: $(as_user /usr/bin/sdanim --version)"
  [ "$(as_user /usr/bin/sdanim-emulator --version)" = "sdanim-emulator $VERSION" ] || fail "sdanim-emulator --version"
  ok "$label: sdanim --version and sdanim-emulator --version say $VERSION"
  # The catalogues are compiled into the executable (docs/packaging.md): the German one must answer.
  local english german
  english=$(as_user /usr/bin/sdanim run --help 2>/dev/null)
  german=$(as_user LANG=de_DE.UTF-8 /usr/bin/sdanim run --help 2>/dev/null)
  [ -n "$english" ] && [ "$german" != "$english" ] || fail "sdanim run --help is not translated under LANG=de_DE.UTF-8"
  ok "$label: the installed sdanim speaks German under LANG=de_DE.UTF-8"

  local output width height frames
  for format in mp4 gif; do   # the GIF last: it is the file "Open with" gets below
    as_user /usr/bin/sdanim run --prompt-start "a lighthouse at dusk" --prompt-end "a lighthouse in a storm" \
      --width 128 --height 128 --num-animation-frames 2 --time-scale 0.02 --output-format $format \
      --out "$uhome/out" >"$WORK/run.txt" </dev/null || fail "sdanim run --output-format $format failed"
    output=$(head -n1 "$WORK/run.txt")
    [ -f "$SYSROOT$output" ] || fail "sdanim run printed no output file: $(cat "$WORK/run.txt")"
    read -r width height frames < <(ffprobe -v error -count_frames -select_streams v:0 \
      -show_entries stream=width,height,nb_read_frames -of csv=p=0 "$SYSROOT$output" | tr ',' ' ')
    [ "$width" = 128 ] && [ "$height" = 128 ] && [ "${frames:-0}" -ge 2 ] || fail "ffprobe: ${width}x${height}, $frames frames"
    [ -f "$SYSROOT$output.json" ] || fail "no sidecar next to $output"
    ok "$label: offline sdanim run made $(basename "$output"): ${width}x${height}, $frames frames, with its sidecar"
  done

  step "$label: Open with SD Animator restores the run from the file's sidecar"
  # The desktop runs Exec=sdanim %F; the form is saved to the user's settings as soon as it changes.
  # A simple command, not the function: then $! is the app itself (env and chroot exec it), so the
  # kill below ends the app and not just a subshell.
  "${user[@]}" QT_QPA_PLATFORM=offscreen /usr/bin/sdanim "$output" </dev/null >"$WORK/gui.log" 2>&1 &
  GUI_PID=$!
  local settings="$SYSROOT$uhome/.config/SD Animator/sdanim.ini"
  local history="$SYSROOT$uhome/.local/share/sdanim/history.sqlite"
  for _ in $(seq 1 120); do
    grep -q "a lighthouse in a storm" "$settings" 2>/dev/null && [ -f "$history" ] && break
    kill -0 "$GUI_PID" 2>/dev/null || fail "the app exited: $(cat "$WORK/gui.log")"
    sleep 0.5
  done
  grep -q "a lighthouse in a storm" "$settings" 2>/dev/null || fail "the app did not load the sidecar's inputs"
  [ -f "$history" ] || fail "the app opened no history database (the SQLite driver plugin?)"
  kill "$GUI_PID"; wait "$GUI_PID" 2>/dev/null || true
  ! kill -0 "$GUI_PID" 2>/dev/null || fail "the app (pid $GUI_PID) is still running"
  GUI_PID=""
  ok "$label: sdanim $(basename "$output") opened the window with the run's inputs and its history"
  rm -rf "$SYSROOT$uhome"
}

SYSROOT=""
exercise_installed "this machine"

step "man pages"
man -P cat sdanim 2>/dev/null | grep -q -- "--num-animation-frames" || fail "man sdanim lacks the run options"
man -P cat sdanim-emulator 2>/dev/null | grep -q -- "--time-scale" || fail "man sdanim-emulator lacks its options"
man -P cat sdanim 2>/dev/null | grep -q "sdanim $VERSION" || fail "man sdanim is not of version $VERSION"
ok "man sdanim and man sdanim-emulator"

step "apt-get purge sdanim"
$SUDO apt-get purge -y -q sdanim >&2
installed=0
dpkg-query -W -f='${Status}' sdanim 2>/dev/null | grep -q "installed" && fail "still installed"
left=()
while IFS= read -r path; do
  [ -e "$path" ] || continue
  # Shared directories (/usr, /usr/share/icons/hicolor/…) belong to other packages as well.
  [ -d "$path" ] && [ -n "$(dpkg -S "$path" 2>/dev/null)" ] && continue
  [ -d "$path" ] && [ -n "$(ls -A "$path")" ] && continue
  left+=("$path")
done <"$WORK/files.txt"
[ ${#left[@]} -eq 0 ] || fail "left after purge: ${left[*]}"
ok "purged, none of its $(grep -c . "$WORK/files.txt") paths left"

if [ "$BARE_DEBIAN" = 1 ]; then
  step "a bare Debian 12: debootstrap --variant=minbase bookworm, then apt-get install ./$(basename "$DEB")"
  BARE="$WORK/bookworm"
  debootstrap --variant=minbase bookworm "$BARE" http://deb.debian.org/debian >"$WORK/debootstrap.log" 2>&1 \
    || fail "debootstrap: $(tail -5 "$WORK/debootstrap.log")"
  # Every installed Debian has these (the installer writes them; debootstrap does not).
  printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$BARE/etc/hosts"
  mount -t proc proc "$BARE/proc"; BARE_PROC="$BARE/proc"
  cp "$DEB" "$BARE/tmp/"
  chroot "$BARE" apt-get update -q >&2
  chroot "$BARE" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$DEB")" >"$WORK/bare-install.log" 2>&1 || fail "apt-get install: $(tail -20 "$WORK/bare-install.log")"
  dev=$(chroot "$BARE" dpkg-query -W -f='${Package}\n' | grep -- '-dev$' || true)
  [ -z "$dev" ] || fail "the bare system got development packages: $dev"
  ok "a bare Debian 12 installed sdanim with $(grep -c '^Setting up' "$WORK/bare-install.log") packages, none -dev"
  SYSROOT="$BARE"
  exercise_installed "bare Debian 12"
  umount "$BARE_PROC"; BARE_PROC=""
fi

printf '\ncheck-package: %s %s\n' "$(basename "$DEB")" "passed all checks:" >&2
printf '  %s\n' "${passed[@]}" >&2
# Not CTest's "N passed, N failed" form: run after ctest, this must not read as the test count.
echo "check-package: all ${#passed[@]} checks passed"
