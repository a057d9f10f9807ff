#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Many machines and desks on one transfer file at the same moment, with the Windows build:
# WORKERS actdesk.exe processes side by side under Wine (its lock file is Windows' QLockFile:
# CreateFile with sharing modes), each doing ROUNDS rounds of export (a new simulated machine
# each round), desk answer and import on one file. At the end every item is in the file,
# answered with the CID its desk gave and marked applied, and nothing but the file is left.
# The Linux twin is transfer_stress_tests (16 x 50); under Wine every process start costs
# about a second, so 6 x 3 by default (ACTDESK_WIN_STRESS_WORKERS / _ROUNDS for more).
#   actdesk_stress.sh WINDOWS_ACTDESK_EXE LINUX_ACTDESK
set -euo pipefail
WIN_EXE=$1
LINUX=$2
WORKERS=${ACTDESK_WIN_STRESS_WORKERS:-6}
ROUNDS=${ACTDESK_WIN_STRESS_ROUNDS:-3}
T=$(mktemp -d "${TMPDIR:-/tmp}/actdesk-stress.XXXXXX")
trap 'rm -rf "$T"' EXIT
mkdir "$T/stick" "$T/machines" "$T/done"
FILE="$T/stick/shared.adtx"

wpath() { winepath -w "$1" 2>/dev/null; }
WFILE=$(wpath "$FILE")
# A loaded machine must not turn into a lock time-out: losing nothing is what is checked.
export ACTDESK_LOCK_WAIT=600
# actdesk.exe on one simulated machine (the Windows build's own simulated backend).
win() {
    local state=$1
    shift
    wine "$WIN_EXE" --lang en --backend simulated --state "$(wpath "$state")" \
        --journal "$(wpath "$state.journal.sqlite")" "$@" </dev/null 2>&1 | tr -d '\r'
}
fail() {
    echo "stress: $*" >&2
    exit 1
}

worker() {
    local w=$1 r name state out item iid cid
    for ((r = 0; r < ROUNDS; r++)); do
        name="W$w-R$r"
        state="$T/machines/$name"
        # The machine is set up by the Linux actdesk (the same state format), so that the time
        # under Wine goes to the three verbs that change the shared file.
        "$LINUX" --lang en --state "$state" --journal "$T/setup.$name.sqlite" simulate init --os win7 \
            --name "$name" >/dev/null 2>&1 || fail "$name: simulate init"
        echo BCDFGHJKMPQRTVWXY2346789B | "$LINUX" --lang en --state "$state" \
            --journal "$T/setup.$name.sqlite" install-key - --for win7-esu-y1 >/dev/null 2>&1 ||
            fail "$name: install-key"
        out=$(win "$state" export "$WFILE" win7-esu-y1 --json) || fail "$name export: $out"
        item=$(sed -n 's/.*"item": "\([^"]*\)".*/\1/p' <<<"$out" | head -1)
        iid=$(sed -n 's/.*"installationId": "\([^"]*\)".*/\1/p' <<<"$out" | head -1)
        [ -n "$item" ] && [ -n "$iid" ] || fail "$name export: no item: $out"
        cid=$("$LINUX" --lang en --state "$state" --journal "$T/setup.$name.sqlite" simulate cid "$iid" 2>/dev/null | tail -1)
        out=$(win "$state" desk answer "$WFILE" "$item" "$cid") || fail "$name desk answer: $out"
        out=$(win "$state" import "$WFILE" --json) || fail "$name import: $out"
        grep -q '"outcome": "applied"' <<<"$out" || fail "$name import: not applied: $out"
        echo "$item $cid" >"$T/done/$name"
    done
}

start=$SECONDS
pids=()
for ((w = 0; w < WORKERS; w++)); do
    worker "$w" &
    pids+=($!)
done
status=0
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done
[ "$status" = 0 ] || fail "a worker failed (see above)"
echo "stress: $WORKERS actdesk.exe processes x $ROUNDS rounds under Wine: $((SECONDS - start)) s"

# Every item in the file, with its desk's CID, applied: nobody's save replaced anybody else's.
list=$("$LINUX" --lang en --state "$T/desk" --journal "$T/desk.sqlite" desk list "$FILE" --json) ||
    fail "desk list: $list"
expected=$((WORKERS * ROUNDS))
[ "$(ls "$T/done" | wc -l)" = "$expected" ] || fail "only $(ls "$T/done" | wc -l) of $expected rounds finished"
[ "$(grep -c '"item":' <<<"$list")" = "$expected" ] || fail "$(grep -c '"item":' <<<"$list") items in the file, expected $expected"
[ "$(grep -c '"status": "applied"' <<<"$list")" = "$expected" ] || fail "not every item is applied: $list"
for done in "$T"/done/*; do
    read -r item cid <"$done"
    grep -q "\"$item\"" <<<"$list" || fail "$(basename "$done"): item $item is not in the file"
    grep -q "\"$cid\"" <<<"$list" || fail "$(basename "$done"): the confirmation ID of $item is not in the file"
done
# Nothing left beside the file: no lock file, no temporary file.
[ "$(ls -A "$T/stick")" = "shared.adtx" ] || fail "left beside the file: $(ls -A "$T/stick")"
echo "stress: all $expected items answered and applied in one file"
