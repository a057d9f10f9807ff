#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs ctest in build dir $1 and fails if any test failed OR was skipped: a skipped test
# (for example a PostgreSQL test without a server) must never count as passing.
set -euo pipefail
BUILD_DIR=$1; shift
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 "$@" 2>&1 | tee "$LOG" || status=$?
if grep -qE "\*\*\*Skipped|Not Run|Disabled" "$LOG"; then
  echo "ctest-strict: some tests were skipped or not run; that is a failure here" >&2
  exit 1
fi
if grep -qE "^\[  SKIPPED \]|^SKIP   :" "$LOG"; then
  echo "ctest-strict: a test skipped itself; that is a failure here" >&2
  exit 1
fi
exit $status
