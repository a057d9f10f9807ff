# SPDX-License-Identifier: MIT
# Sourced by scripts/fuzz-*.sh: builds one libFuzzer target with clang (-fsanitize=fuzzer,
# address,undefined) in $BUILD_DIR (default build-fuzz) and runs it for $FUZZ_SECONDS on a
# scratch corpus seeded with the given files. Fails when libFuzzer finds a crash, a leak, a
# time-out, an out-of-memory or an undefined-behaviour report; the input is kept and its path
# printed.
#   run_libfuzzer NAME TARGET TARGET_SUBDIR MAX_LEN SEED...
run_libfuzzer() {
  local name=$1 target=$2 subdir=$3 max_len=$4
  shift 4
  local build_dir=${BUILD_DIR:-build-fuzz}
  if ! command -v clang++ >/dev/null; then
    echo "$name: clang++ is missing (scripts/install-deps.sh installs clang)" >&2
    exit 3
  fi
  # Warnings are not errors here: clang warns about things GCC (the -Werror build) does not,
  # and this build exists to run the fuzzer, not to police style.
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DACTDESK_WERROR=OFF -DBUILD_TESTING=ON >/dev/null
  cmake --build "$build_dir" --target "$target"

  local fuzzer=$build_dir/$subdir/$target
  local corpus=$build_dir/fuzz/$target/corpus       # scratch: libFuzzer adds what it finds here
  local artifacts=$build_dir/fuzz/$target/artifacts # crash-*, leak-*, timeout-*, oom-*
  rm -rf "$corpus" "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  local seed
  for seed in "$@"; do
    cp "$seed" "$corpus/$(basename "$(dirname "$seed")")-$(basename "$seed")"
  done
  local log=$build_dir/fuzz/$target.log

  echo "$name: $fuzzer for ${FUZZ_SECONDS}s on $(ls "$corpus" | wc -l) seed files (log: $log)"
  local status=0
  # halt_on_error: an UndefinedBehaviorSanitizer report stops the run like a crash does.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$fuzzer" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 || status=$?
  grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb)' "$log" || true

  local found
  found=$(find "$(cd "$artifacts" && pwd)" -type f | head -n 1)
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    echo "$name: FAILED (exit $status): the fuzzed reader crashed or misbehaved." >&2
    grep -m 8 -E 'ERROR: |SUMMARY: |runtime error|^    #[0-9] ' "$log" >&2 || true
    if [ -n "$found" ]; then
      echo "$name: the input that caused it is saved as $found" >&2
      echo "$name: reproduce with: $fuzzer $found" >&2
    else
      echo "$name: no input was saved; see $log" >&2
    fi
    exit 1
  fi
  echo "$name: no problem found in ${FUZZ_SECONDS}s"
}
