# SPDX-License-Identifier: MIT
# Sourced by the Windows online tests (actdesk_online.sh, actdesk_online_tls.sh): actdesk.exe as
# the desk, a simulated machine (the Linux actdesk) with its request on the stick, and the Linux
# fake BatchActivation service on a free loopback port. The caller sets T, WIN_EXE, LINUX and
# FAKE, defines fail(), and kills FAKE_PID on exit.

wpath() { winepath -w "$1" 2>/dev/null; }
win() { wine "$WIN_EXE" --lang en --journal "$(wpath "$T/desk-journal.sqlite")" "$@" </dev/null 2>&1 | tr -d '\r'; }
machine() { "$LINUX" --lang en --state "$T/machine" --journal "$T/machine-journal.sqlite" "$@"; }

# A Windows 10 machine named $1 whose year-1 request is in $T/stick/requests.actdesk.
machine_with_request() {
    machine simulate init --os win10 --name "$1" >/dev/null
    echo BCDFG-HJKMP-QRTVW-XY234-6789B | machine install-key - --for win10-esu-y1 >/dev/null
    mkdir "$T/stick"
    machine export "$T/stick/requests.actdesk" >/dev/null
}

# Starts the fake with the options given (e.g. --tls CERT KEY), counting into $T/counts.json;
# sets FAKE_PID and PORT once it listens.
start_fake() {
    "$FAKE" "$@" --count-file "$T/counts.json" >"$T/fake.out" 2>&1 &
    FAKE_PID=$!
    for _ in $(seq 100); do
        grep -q "listening on" "$T/fake.out" 2>/dev/null && break
        sleep 0.1
    done
    PORT=$(sed -n 's/^listening on //p' "$T/fake.out")
    [ -n "$PORT" ] || fail "the fake service did not start: $(cat "$T/fake.out")"
}
