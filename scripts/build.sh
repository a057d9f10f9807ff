#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds Activation Desk into ./build (warnings are errors): everything, or only
# the targets named in $TARGETS (scripts/run.sh builds just the two programs, not the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTDESK_WERROR=ON "$@"
if [ -n "${TARGETS:-}" ]; then
  # shellcheck disable=SC2086 # a list of target names
  cmake --build "$BUILD_DIR" --target $TARGETS
else
  cmake --build "$BUILD_DIR"
fi
