#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds Activation Desk into ./build (warnings are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTDESK_WERROR=ON "$@"
cmake --build "$BUILD_DIR"
