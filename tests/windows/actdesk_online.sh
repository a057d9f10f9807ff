#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The desk on Windows fetching online: a simulated machine (the Linux actdesk) saves its request
# on the stick; actdesk.exe under Wine runs `desk online` against the fake BatchActivation
# service (the Linux fake-batch-activation on 127.0.0.1, plain HTTP: loopback works under
# Wine) and writes the answer into the file; the machine imports it and reads Licensed. The
# attempt is in the Windows desk's journal; a second run sends nothing (the journal's CID is
# reused).
#   actdesk_online.sh WINDOWS_ACTDESK_EXE LINUX_ACTDESK LINUX_FAKE_SERVICE
set -euo pipefail
WIN_EXE=$1
LINUX=$2
FAKE=$3
T=$(mktemp -d "${TMPDIR:-/tmp}/actdesk-online.XXXXXX")
FAKE_PID=
cleanup() {
    [ -n "$FAKE_PID" ] && kill "$FAKE_PID" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
fail() {
    echo "online: $*" >&2
    exit 1
}
[ -x "$FAKE" ] || fail "the fake service $FAKE is missing (cmake --build build --target fake-batch-activation)"

source "$(dirname "$0")/lib/online-fixture.sh"

machine_with_request LAB-ONLINE-3
cp "$T/stick/requests.actdesk" "$T/fresh.actdesk"
start_fake
ENDPOINT="http://127.0.0.1:$PORT/BatchActivation/BatchActivation.asmx"

out=$(win desk online "$(wpath "$T/stick/requests.actdesk")" --endpoint "$ENDPOINT") || fail "desk online failed: $out"
grep -q "1 answered online" <<<"$out" || fail "not answered online: $out"
first=$out
grep -q '"confirmationRequests":1' "$T/counts.json" || fail "the fake did not get one request: $(cat "$T/counts.json")"
grep -q '"rejected":\[\]' "$T/counts.json" || fail "the fake refused a request: $(cat "$T/counts.json")"

machine import "$T/stick/requests.actdesk" >/dev/null || fail "import failed"
status=$(machine status win10-esu-y1)
grep -q "Licensed" <<<"$status" && ! grep -q "Unlicensed" <<<"$status" || fail "not Licensed: $status"

journal=$(win journal --csv) || fail "journal failed: $journal"
grep -q "desk online" <<<"$journal" ||
    fail "the attempt is not in the Windows journal: $journal (desk online said: $first)"
grep -q "HJKMP" <<<"$journal" && fail "a full key reached the journal"

# A fresh copy of the same request: the journal's CID, nothing sent.
out=$(win desk online "$(wpath "$T/fresh.actdesk")" --endpoint "$ENDPOINT") || fail "second run failed: $out"
grep -q "1 from the journal" <<<"$out" || fail "the journal's CID was not reused: $out"
grep -q '"confirmationRequests":1' "$T/counts.json" || fail "the second run sent a request: $(cat "$T/counts.json")"
echo "online: LAB-ONLINE-3 Licensed through actdesk.exe desk online"
