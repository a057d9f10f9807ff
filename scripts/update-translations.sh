#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Developer tool: refresh the translation catalogues after changing user-visible strings.
#  1. lupdate (through CMake, so every target's sources are scanned) updates the .ts files;
#  2. merge-translations.py fills the Japanese catalogue from translations/ja/*.tsv, the
#     reviewed source of the Japanese text (one file per area, "context<TAB>source<TAB>text").
# The .ts files are committed; tests/translations fails if any string lacks Japanese.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake --build "$BUILD_DIR" --target update_translations >/dev/null
python3 scripts/merge-translations.py translations/activationdesk_ja.ts translations/ja/*.tsv
python3 scripts/merge-translations.py --english translations/activationdesk_en.ts
cmake --build "$BUILD_DIR"
