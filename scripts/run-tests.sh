#!/usr/bin/env bash
# README command 2: install what is missing, build, run every test. This is exactly what CI runs.
# Tests get a real Secret Service (gnome-keyring on a private D-Bus session) and an offscreen display.
#
# Stages, in this order (SDANIM_TEST_STAGES=normal,asan,fuzz,soak,bench,package picks some; CI runs all):
#   normal  the CTest suite in ./build (scripts/build.sh)
#   asan    the same suite, Debug, with AddressSanitizer + LeakSanitizer + UBSan, in ./build-asan
#           (scripts/build-sanitized.sh); the first report fails the test
#   fuzz    every libFuzzer target of tests/fuzz for SDANIM_FUZZ_SECONDS (default 30) each, in
#           ./build-fuzz (scripts/build-fuzz.sh); any crash, leak or sanitizer report fails it
#   soak    tests/soak/soak.py: 200 CLI runs against one sdanim-emulator with random faults, kill -9
#           restarts and two clients on one history, then the history's invariants (a few minutes)
#   bench   bench/run-all --quick: every benchmark of bench/RESULTS.md, small; only checks that it
#           runs and writes its table (numbers are not asserted in CI)
#   package scripts/check-package.sh: build the .deb, validate, lint, install it (root), use the
#           installed programs offline, purge, check nothing is left (docs/packaging.md)
# Arguments go to ctest of the CTest stages: `bash scripts/run-tests.sh -L unit`. With arguments and
# no SDANIM_TEST_STAGES only the normal suite runs (a quick look); without arguments, all stages.
# Under CI=true every stage runs, always.
set -euo pipefail
cd "$(dirname "$0")/.."

all_stages=normal,asan,fuzz,soak,bench,package
if [ "${CI:-}" = "true" ]; then
  # Nothing is skipped in CI, whatever the arguments.
  if [ -n "${SDANIM_TEST_STAGES:-}" ] && [ "$SDANIM_TEST_STAGES" != "$all_stages" ]; then
    echo "run-tests: CI=true runs every stage ($all_stages), not '$SDANIM_TEST_STAGES'" >&2
    exit 2
  fi
  stages=$all_stages
elif [ -n "${SDANIM_TEST_STAGES:-}" ]; then
  stages=$SDANIM_TEST_STAGES
elif [ $# -gt 0 ]; then
  stages=normal
else
  stages=$all_stages
fi
for s in ${stages//,/ }; do
  case ",$all_stages," in *",$s,"*) ;; *) echo "run-tests: unknown stage '$s' (known: $all_stages)" >&2; exit 2 ;; esac
done

if [ -z "${SDANIM_TEST_SESSION:-}" ]; then
  bash scripts/setup.sh
  # A fresh keyring home per run: an existing login keyring with another password would stay locked.
  XDG_DATA_HOME=$(mktemp -d)
  export XDG_DATA_HOME
  trap 'rm -rf "$XDG_DATA_HOME"' EXIT
  # Everything below runs again inside the private D-Bus session, every stage included.
  SDANIM_TEST_SESSION=1 SDANIM_TEST_STAGES=$stages dbus-run-session -- bash "$PWD/scripts/run-tests.sh" "$@"
  exit $?
fi

echo -n sdanim-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export QT_QPA_PLATFORM=offscreen

# The free disk space goes in the log: a full disk otherwise shows up as a compiler error.
stage() { echo "=== run-tests: stage $1 ($(date +%T), $(df -h --output=avail . | tail -1 | tr -d ' ') free)" >&2; }
status=0

if [[ ",$stages," == *",normal,"* ]]; then
  stage normal
  bash scripts/build.sh
  (cd "${BUILD_DIR:-build}" && ctest --output-on-failure --timeout 300 -j 2 "$@") || status=1
fi

if [[ ",$stages," == *",asan,"* ]]; then
  stage asan
  bash scripts/build-sanitized.sh
  # Leak reports from libraries that are not ours are suppressed in a checked-in, commented file.
  export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:fast_unwind_on_malloc=0:strict_string_checks=1:check_initialization_order=1
  export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  # Qt Test's own watchdog ends a test function after 5 minutes; sanitized code gets most of
  # CTest's 900 s instead.
  export QTEST_FUNCTION_TIMEOUT=840000
  # Sanitized Debug code runs a few times slower, hence the longer timeout. The translation check
  # runs no code of ours, the normal stage has it.
  (cd "${ASAN_BUILD_DIR:-build-asan}" && ctest --output-on-failure --timeout 900 -j 2 -LE i18n "$@") || status=1
  unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS QTEST_FUNCTION_TIMEOUT
fi

if [[ ",$stages," == *",fuzz,"* ]]; then
  stage fuzz
  bash scripts/build-fuzz.sh
  # Crash inputs land in build-fuzz/work/<target>/artifacts/; add the fixed ones to tests/fuzz/corpus.
  (cd "${FUZZ_BUILD_DIR:-build-fuzz}" && ctest --output-on-failure -j 2) || status=1
fi

# --- stage soak -------------------------------------------------------------------------------
if [[ ",$stages," == *",soak,"* ]]; then
  stage soak
  # It drives the normal build's sdanim and sdanim-emulator; the seed is fixed (SDANIM_SOAK_SEED).
  bash scripts/build.sh
  python3 tests/soak/soak.py --build-dir "${BUILD_DIR:-build}" || status=1
fi
# --- end of stage soak ---------------------------------------------------------------------------

if [[ ",$stages," == *",bench,"* ]]; then
  stage bench
  bash scripts/build.sh
  bench_out=$(mktemp -d)
  if bench/run-all --quick --out "$bench_out"; then
    # The table has its two header lines, at least one row per suite and the machine line.
    rows=$(grep -c '^| ' "$bench_out/TABLE.md" || true)
    suites=$(ls bench/suites/*.sh | wc -l)
    if [ "$rows" -lt $((suites + 2)) ]; then
      echo "run-tests: bench/run-all --quick wrote $((rows - 2)) rows for $suites suites" >&2; status=1
    fi
  else
    status=1
  fi
  rm -rf "$bench_out"
fi

if [[ ",$stages," == *",package,"* ]]; then
  stage package
  bash scripts/check-package.sh || status=1
fi

stage "done, status $status"
exit $status
