#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# actdesk.exe and the Linux desk through one transfer file, as an admin with a USB stick uses
# them: on the Windows 10 machine (actdesk.exe under Wine, the real slc.dll backend against the
# stand-in) install the key and export a request; at the desk (the Linux actdesk) answer it
# with the confirmation ID the activation line gives (the simulated centre's, which the
# stand-in accepts: it runs the same simulated machine); back on the machine import it.
# The status must read Licensed and the import must be in the Windows journal.
#   actdesk_roundtrip.sh WINDOWS_ACTDESK_EXE LINUX_ACTDESK SYSTEM32_STANDIN_DIR
set -euo pipefail
WIN_EXE=$1
LINUX=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/actdesk-roundtrip.XXXXXX")
trap 'rm -rf "$T"' EXIT

wpath() { winepath -w "$1" 2>/dev/null; }
# actdesk.exe with the Windows journal; output without the console's CRs.
win() { wine "$WIN_EXE" --lang en --journal "$(wpath "$T/journal.sqlite")" "$@" </dev/null 2>&1 | tr -d '\r'; }
desk() { "$LINUX" --lang en --state "$T/desk-state" --journal "$T/desk-journal.sqlite" "$@"; }
fail() {
    echo "roundtrip: $*" >&2
    exit 1
}

# The machine behind the stand-in slc.dll: a Windows 10 with its three ESU years.
"$LINUX" --lang en --state "$T/machine" --journal "$T/setup-journal.sqlite" simulate init --os win10 \
    --name WIN10-LAB-07 >/dev/null
export ACTDESK_FAKE_SLC_STATE
ACTDESK_FAKE_SLC_STATE=$(wpath "$T/machine")
mkdir "$T/stick"
STICK=$(wpath "$T/stick/requests.actdesk")

# 1. On the machine: the key (from standard input, never on a command line), then the request.
out=$(echo BCDFGHJKMPQRTVWXY2346789B | wine "$WIN_EXE" --lang en --journal "$(wpath "$T/journal.sqlite")" \
    install-key - --for win10-esu-y1 2>&1 | tr -d '\r') || fail "install-key failed: $out"
grep -q "XXXXX-XXXXX-XXXXX-XXXXX-6789B" <<<"$out" || fail "install-key did not report the partial key: $out"
out=$(win export "$STICK" win10-esu-y1) || fail "export failed: $out"
out=$(win status win10-esu-y1) || fail "status failed: $out"
grep -q "Licensed" <<<"$out" && grep -vq "Unlicensed" <<<"$out" && fail "licensed before the answer: $out"

# 2. At the desk: the request is there, from the real backend (not a simulation).
list=$(desk desk list --json "$T/stick/requests.actdesk") || fail "desk list failed: $list"
grep -q '"simulation": false' <<<"$list" || fail "the request is marked as a simulation: $list"
item=$(sed -n 's/.*"item": "\([^"]*\)".*/\1/p' <<<"$list" | head -1)
iid=$(sed -n 's/.*"installationId": "\([^"]*\)".*/\1/p' <<<"$list" | head -1)
[ -n "$item" ] && [ -n "$iid" ] || fail "no item in the request file: $list"
cid=$(desk simulate cid "$iid" | tr -d '\r' | tail -1)
out=$(desk desk answer "$T/stick/requests.actdesk" "$item" "$cid" 2>&1) || fail "desk answer failed: $out"

# 3. Back on the machine: import applies the answer through slc.dll.
out=$(win import "$STICK") || fail "import failed: $out"
out=$(win status win10-esu-y1) || fail "status failed: $out"
grep -q "Licensed" <<<"$out" || fail "not Licensed after import: $out"
grep -q "Unlicensed" <<<"$out" && fail "still Unlicensed after import: $out"
journal=$(win journal --csv) || fail "journal failed: $journal"
grep -qi "deposit" <<<"$journal" || fail "the deposit is not in the Windows journal: $journal"
grep -q "HJKMP" <<<"$journal" && fail "the full key reached the journal"
echo "roundtrip: WIN10-LAB-07 Licensed through $STICK"
