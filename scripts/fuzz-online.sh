#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fuzzes the BatchActivation response reader (core/online/BatchActivation.cpp, readResponse)
# for a bounded time (scripts/test.sh step 5; also by hand). Builds online_fuzz with clang
# (-fsanitize=fuzzer,address,undefined) in its own build directory, seeds a scratch corpus with
# the answers in tests/online/seeds, and runs libFuzzer for FUZZ_SECONDS (default 30). Fails
# like scripts/fuzz-transfer.sh does. See docs/online-activation.md.
#   BUILD_DIR=build-fuzz FUZZ_SECONDS=30 scripts/fuzz-online.sh
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
. scripts/lib/libfuzzer.sh
run_libfuzzer fuzz-online online_fuzz tests/online 16384 tests/online/seeds/*.xml
