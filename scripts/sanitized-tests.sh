#!/usr/bin/env bash
# The whole test suite built and run under AddressSanitizer + UndefinedBehaviorSanitizer, with
# LeakSanitizer on (issue 10, item 1). On a fresh clone of Debian 12:
#
#   bash scripts/setup.sh deps          # once: the packages
#   bash scripts/sanitized-tests.sh     # configure build/asan, build everything, run ctest
#
# Arguments after the script name go to ctest, e.g. `-R '^core_'` or `-LE install`.
# Environment:
#   BUILD_DIR  build folder (default <repo>/build/asan; Debug, XASO_SANITIZE=ON, XASO_WERROR=ON)
#   JOBS       parallel compile jobs (default: number of cores)
#   TEST_JOBS  parallel tests (default 1, as measured: the load, kill and server tests run real
#              processes against each other, and instrumented code is several times slower)
#   CC, CXX    compiler for a fresh BUILD_DIR (measured with the default, gcc 12)
# Any sanitizer report fails the test that made it: ASan and UBSan stop the process
# (abort_on_error, halt_on_error), LeakSanitizer reports at exit. Leaks that are not ours (system
# libraries) are listed, each with its reason, in tests/sanitizer/lsan.supp.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$here/build/asan}
jobs=${JOBS:-$(nproc)}
test_jobs=${TEST_JOBS:-1}

start=$(date +%s)
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DXASO_SANITIZE=ON -DXASO_WERROR=ON
cmake --build "$build" --parallel "$jobs"
built=$(date +%s)

# detect_leaks is on by default on x86_64 Linux; said here so nobody turns it off by accident.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$here/tests/sanitizer/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen

status=0
# --timeout applies to tests that set none of their own.
ctest --test-dir "$build" --output-on-failure --parallel "$test_jobs" --timeout 1500 "$@" || status=$?
end=$(date +%s)
echo "sanitized-tests: build $((built - start)) s, tests $((end - built)) s, exit $status"
exit $status
