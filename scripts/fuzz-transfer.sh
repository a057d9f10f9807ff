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
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
. scripts/lib/libfuzzer.sh
run_libfuzzer fuzz-transfer transfer_fuzz tests/transfer 65536 tests/transfer/data/*/input.adtx
