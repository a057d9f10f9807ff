#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command 1: install what is missing, build, and start the app
# (simulated licensing backend, SQLite journal in the per-user data directory).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Only what is needed to start: the tests are built by scripts/test.sh.
TARGETS="activation-desk actdesk" scripts/build.sh
APP=build/app/activation-desk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting on a virtual X display (xvfb-run). Ctrl-C to stop."
  exec xvfb-run -a -s "-screen 0 1280x900x24" "$APP" "$@"
fi
exec "$APP" "$@"
