#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every actdesk verb, run as actdesk.exe under Wine: the same verbs a Windows admin or desk
# operator types, with their results checked (files written, statuses, named errors), not
# only their exit codes. The round trip (install-key, export, import against the Linux desk)
# is actdesk_roundtrip.sh; this covers the rest:
#   - on the machine behind the stand-in slc.dll (the real backend): programs, iid, check,
#     apply (a mistyped group named, then Licensed), status, sheet, qr, journal;
#   - at a Windows desk: desk list, export-csv, import-csv, fail, answer, simulate;
#   - training on Windows: --backend simulated, labelled Simulation;
#   - Japanese output through the Windows console.
#   actdesk_verbs.sh WINDOWS_ACTDESK_EXE LINUX_ACTDESK
set -euo pipefail
WIN_EXE=$1
LINUX=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/actdesk-verbs.XXXXXX")
trap 'rm -rf "$T"' EXIT

wpath() { winepath -w "$1" 2>/dev/null; }
# actdesk.exe with its own journal; output without the console's CRs. Exit status kept.
win() {
    local rc=0
    wine "$WIN_EXE" --lang "${LANG_OPT:-en}" --journal "$(wpath "$T/journal.sqlite")" "$@" </dev/null >"$T/out" 2>&1 ||
        rc=$?
    tr -d '\r' <"$T/out"
    return $rc
}
linux() { "$LINUX" --lang en --state "$T/machine" --journal "$T/linux-journal.sqlite" "$@"; }
fail() {
    echo "verbs: $*" >&2
    exit 1
}
starts_with() { [ "$(head -c "${#2}" "$1")" = "$2" ]; }

# The machine behind the stand-in: a Windows 10 with its three ESU years and the Year 1 key.
linux simulate init --os win10 --name WIN10-LAB-09 >/dev/null
echo BCDFGHJKMPQRTVWXY2346789B | linux install-key - --for win10-esu-y1 >/dev/null
export ACTDESK_FAKE_SLC_STATE
ACTDESK_FAKE_SLC_STATE=$(wpath "$T/machine")

# programs: the catalog, filtered by OS, and as JSON.
out=$(win programs --os win10) || fail "programs failed: $out"
grep -q "win10-esu-y3" <<<"$out" || fail "programs lacks Windows 10 ESU year 3: $out"
grep -q "win7-esu" <<<"$out" && fail "programs --os win10 lists Windows 7: $out"
out=$(win --json programs) || fail "programs --json failed: $out"
grep -q '"f520e45e-7413-4a34-a497-d2765967d094"' <<<"$out" || fail "programs --json lacks year 1's ID: $out"

# iid: nine groups of seven, from slc.dll (not a simulation).
out=$(win iid win10-esu-y1) || fail "iid failed: $out"
grep -qi "simulation" <<<"$out" && fail "the real backend is labelled a simulation: $out"
iid=$(grep -Eo '([0-9]{7}-){8}[0-9]{7}' <<<"$out" | head -1)
[ -n "$iid" ] || fail "iid printed no installation ID: $out"
cid=$(linux simulate cid "$iid" 2>/dev/null | tail -1)
# Group C with one digit changed: check and apply must name group C and change nothing.
bad=$(awk -F- '{OFS="-"; $3=substr($3,1,3) (substr($3,4,1)+1)%10 substr($3,5); print}' <<<"$cid")

# check: a valid IID passes; the mistyped CID is refused with its group named.
win check "$iid" >/dev/null || fail "check refused a valid installation ID: $(cat "$T/out")"
out=$(win check "$bad") && fail "check accepted a mistyped confirmation ID: $out"
grep -q "Group C" <<<"$out" || fail "check did not name group C: $out"

# apply: the mistyped CID is refused before slc.dll sees it; the right one licenses.
out=$(win apply "$bad" win10-esu-y1) && fail "apply accepted a mistyped confirmation ID: $out"
grep -q "Group C" <<<"$out" || fail "apply did not name group C: $out"
out=$(win status win10-esu-y1) || fail "status failed: $out"
grep -q "Unlicensed\|Notification\|Grace" <<<"$out" || fail "licensed before the right CID: $out"
out=$(win apply "$cid" win10-esu-y1) || fail "apply failed: $out"
out=$(win status win10-esu-y1) || fail "status failed: $out"
grep -q "Licensed" <<<"$out" && ! grep -q "Unlicensed" <<<"$out" || fail "not Licensed after apply: $out"
grep -q "6789B" <<<"$out" || fail "status lacks the partial key: $out"

# sheet and qr: files a printer and a phone camera can use. The sheet is for the years still
# waiting: Year 2, once its key is in.
echo BCDFGHJKMPQRTVWXY2346789B | linux install-key - --for win10-esu-y2 >/dev/null
win sheet "$(wpath "$T/year2.pdf")" >/dev/null || fail "sheet failed: $(cat "$T/out")"
starts_with "$T/year2.pdf" "%PDF-" || fail "sheet wrote no PDF"
win qr "$iid" --png "$(wpath "$T/iid.png")" >/dev/null || fail "qr failed: $(cat "$T/out")"
starts_with "$T/iid.png" $'\x89PNG' || fail "qr wrote no PNG"

# journal: the steps above, as CSV, with the partial key only.
out=$(win journal --csv) || fail "journal failed: $out"
grep -q "confirmation-id" <<<"$out" || fail "the deposit is not in the journal: $out"
# The machine is Wine's computer (GetComputerName), and the rows are not a simulation's.
grep -q ",false,win10-esu-y1,f520e45e" <<<"$out" || fail "the journal marks real steps as simulated: $out"
grep -q "HJKMP" <<<"$out" && fail "the full key reached the journal"

# A Windows desk: two requests from simulated machines in one file (made by the Linux CLI).
for n in 1 2; do
    "$LINUX" --lang en --state "$T/m$n" --journal "$T/m$n.sqlite" simulate init --os win10 --name "PC-$n" >/dev/null
    echo BCDFGHJKMPQRTVWXY2346789B |
        "$LINUX" --lang en --state "$T/m$n" --journal "$T/m$n.sqlite" install-key - --for win10-esu-y1 >/dev/null
    "$LINUX" --lang en --state "$T/m$n" --journal "$T/m$n.sqlite" export "$T/stick.actdesk" win10-esu-y1 >/dev/null
done
STICK=$(wpath "$T/stick.actdesk")
out=$(win desk list --json "$STICK") || fail "desk list failed: $out"
mapfile -t items < <(sed -n 's/.*"item": "\([^"]*\)".*/\1/p' <<<"$out")
[ "${#items[@]}" = 2 ] || fail "desk list shows ${#items[@]} items, not 2: $out"

# export-csv / import-csv: the spreadsheet route, answering the first item.
win desk export-csv "$STICK" "$(wpath "$T/pending.csv")" >/dev/null || fail "export-csv failed: $(cat "$T/out")"
[ "$(grep -c "^${items[0]}\|^${items[1]}" "$T/pending.csv")" = 2 ] || fail "export-csv lacks the items"
iid1=$(grep "^${items[0]}," "$T/pending.csv" | cut -d, -f8)
cid1=$("$LINUX" --lang en --state "$T/m1" simulate cid "$iid1" 2>/dev/null | tail -1)
printf 'item,confirmation_id\r\n%s,%s\r\n' "${items[0]}" "$cid1" >"$T/answers.csv"
out=$(win desk import-csv "$STICK" "$(wpath "$T/answers.csv")") || fail "import-csv failed: $out"
out=$(win desk list "$STICK" --status answered) || fail "desk list --status failed: $out"
grep -q "${items[0]}" <<<"$out" || fail "import-csv did not answer ${items[0]}: $out"

# fail: the second item, with the reason kept in the file.
win desk fail "$STICK" "${items[1]}" "caller hung up" >/dev/null || fail "desk fail failed: $(cat "$T/out")"
out=$(win desk list "$STICK" --status failed) || fail "desk list failed: $out"
grep -q "caller hung up" <<<"$out" || fail "the failure reason is not in the file: $out"

# answer with --replace, then simulate (training) on a fresh file: every open item answered.
win desk answer "$STICK" "${items[0]}" "$cid1" --replace >/dev/null || fail "desk answer failed: $(cat "$T/out")"
"$LINUX" --lang en --state "$T/m1" --journal "$T/m1.sqlite" export "$T/training.actdesk" win10-esu-y1 >/dev/null
out=$(win desk simulate "$(wpath "$T/training.actdesk")") || fail "desk simulate failed: $out"
grep -q "SIMULAT" <<<"$out" || fail "desk simulate is not labelled a simulation: $out"
out=$(win desk list "$(wpath "$T/training.actdesk")" --status pending) || fail "desk list failed: $out"
grep -q "^Item" <<<"$out" && fail "desk simulate left items open: $out"

# Training on Windows: the simulated backend, labelled Simulation everywhere it prints.
sim=(--backend simulated --state "$(wpath "$T/training-machine")")
out=$(win "${sim[@]}" simulate init --os win10 --name TRAINING-1) || fail "simulate init failed: $out"
out=$(win "${sim[@]}" status) || fail "simulated status failed: $out"
grep -q "SIMULATION" <<<"$out" || fail "the simulated status is not labelled: $out"
grep -q "TRAINING-1" <<<"$out" || fail "the simulated status lacks its machine: $out"

# Japanese through the Windows console (UTF-8).
out=$(LANG_OPT=ja win programs --os win10) || fail "programs in Japanese failed: $out"
grep -q "年目" <<<"$out" || fail "programs is not in Japanese: $out"
out=$(LANG_OPT=ja win check "$bad") && fail "check accepted a mistyped CID in Japanese"
grep -q "グループ C" <<<"$out" || fail "the Japanese check does not name group C: $out"

echo "verbs: every verb ran under Wine"
