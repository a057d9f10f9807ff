#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fuzzes the transfer file reader for a bounded time (scripts/test.sh step 4; also by hand).
# Builds transfer_fuzz with clang (-fsanitize=fuzzer,address,undefined) in its own build
# directory, seeds a scratch corpus with the golden files of tests/transfer/data, and runs
# libFuzzer for FUZZ_SECONDS (default 60). Fails when libFuzzer finds a crash, a leak, a
# time-out, an out-of-memory or an undefined-behaviour report; the input that caused it is
# kept and its path printed. See docs/transfer-format.md, "Testing the format".
#   BUILD_DIR=build-fuzz FUZZ_SECONDS=60 scripts/fuzz-transfer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}

if ! command -v clang++ >/dev/null; then
  echo "fuzz-transfer: clang++ is missing (scripts/install-deps.sh installs clang)" >&2
  exit 3
fi

# Warnings are not errors here: clang warns about things GCC (the -Werror build) does not,
# and this build exists to run the fuzzer, not to police style.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DACTDESK_WERROR=OFF -DBUILD_TESTING=ON >/dev/null
cmake --build "$BUILD_DIR" --target transfer_fuzz

FUZZER=$BUILD_DIR/tests/transfer/transfer_fuzz
CORPUS=$BUILD_DIR/fuzz/corpus       # scratch: libFuzzer adds what it finds here
ARTIFACTS=$BUILD_DIR/fuzz/artifacts # crash-*, leak-*, timeout-*, oom-*
rm -rf "$CORPUS" "$ARTIFACTS"
mkdir -p "$CORPUS" "$ARTIFACTS"
for seed in tests/transfer/data/*/input.adtx; do
  cp "$seed" "$CORPUS/$(basename "$(dirname "$seed")").adtx"
done
LOG=$BUILD_DIR/fuzz/transfer_fuzz.log

echo "fuzz-transfer: $FUZZER for ${FUZZ_SECONDS}s on $(ls "$CORPUS" | wc -l) seed files (log: $LOG)"
status=0
# halt_on_error: an UndefinedBehaviorSanitizer report stops the run like a crash does.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  "$FUZZER" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$ARTIFACTS/" "$CORPUS" >"$LOG" 2>&1 || status=$?
grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb)' "$LOG" || true

found=$(find "$(cd "$ARTIFACTS" && pwd)" -type f | head -n 1)
if [ "$status" -ne 0 ] || [ -n "$found" ]; then
  echo "fuzz-transfer: FAILED (exit $status): the transfer file reader crashed or misbehaved." >&2
  grep -m 8 -E 'ERROR: |SUMMARY: |runtime error|^    #[0-9] ' "$LOG" >&2 || true
  if [ -n "$found" ]; then
    echo "fuzz-transfer: the input that caused it is saved as $found" >&2
    echo "fuzz-transfer: reproduce with: $FUZZER $found" >&2
  else
    echo "fuzz-transfer: no input was saved; see $LOG" >&2
  fi
  exit 1
fi
echo "fuzz-transfer: no problem found in ${FUZZ_SECONDS}s"
