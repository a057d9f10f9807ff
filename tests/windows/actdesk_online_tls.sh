#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# actdesk.exe's `desk online` over HTTPS under Wine, through Qt's Schannel backend: the Linux
# fake-batch-activation serves TLS on 127.0.0.1 with a server certificate issued by a test CA,
# both made here with the Linux openssl (Wine has none).
#   1. The CA trusted nowhere: the certificate is refused at the handshake, nothing is sent,
#      the desk says so (exit 3) and the item stays waiting.
#   2. The CA in the Windows certificate store (Trusted Root Certification Authorities of the
#      throw-away prefix, as an administrator deploys a private CA with certutil or a GPO): the
#      request is answered over TLS, the machine imports the CID and reads Licensed.
# Not tested here: --ca-file. Qt 6.4's Schannel backend hands QSslConfiguration's CA
# certificates to PFXImportCertStore as a PKCS#12 without a private key, and Wine 8's
# PFXImportCertStore refuses one ("GnuTLS error: The requested data were not available."), so
# under Wine the CA never reaches the chain ("The issuer certificate could not be found").
# See docs/online-activation.md.
#   actdesk_online_tls.sh WINDOWS_ACTDESK_EXE LINUX_ACTDESK LINUX_FAKE_SERVICE
set -euo pipefail
WIN_EXE=$1
LINUX=$2
FAKE=$3
T=$(mktemp -d "${TMPDIR:-/tmp}/actdesk-online-tls.XXXXXX")
FAKE_PID=
ROOT_KEY=
cleanup() {
    [ -n "$FAKE_PID" ] && kill "$FAKE_PID" 2>/dev/null
    [ -n "$ROOT_KEY" ] && wine reg delete "$ROOT_KEY" /f </dev/null >/dev/null 2>&1
    rm -rf "$T"
}
trap cleanup EXIT
fail() {
    echo "online-tls: $*" >&2
    exit 1
}
[ -x "$FAKE" ] || fail "the fake service $FAKE is missing (cmake --build build --target fake-batch-activation)"
command -v openssl >/dev/null || fail "openssl is needed to make the test certificates (scripts/install-deps.sh)"

# The test CA and the server's certificate (for IP 127.0.0.1, server authentication), valid a day.
ssl() { openssl "$@" >>"$T/openssl.log" 2>&1 || fail "openssl $1 failed: $(cat "$T/openssl.log")"; }
ssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=Activation Desk test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$T/ca.key" -out "$T/ca.pem"
ssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$T/server.key" -out "$T/server.csr"
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n' >"$T/server.ext"
ssl x509 -req -in "$T/server.csr" -CA "$T/ca.pem" -CAkey "$T/ca.key" -CAcreateserial -days 1 \
    -extfile "$T/server.ext" -out "$T/server.pem"

source "$(dirname "$0")/lib/online-fixture.sh"

machine_with_request LAB-ONLINE-TLS
start_fake --tls "$T/server.pem" "$T/server.key"
ENDPOINT="https://127.0.0.1:$PORT/BatchActivation/BatchActivation.asmx"
REQUESTS=$(wpath "$T/stick/requests.actdesk")

# Not trusted: refused at the handshake, said once, nothing sent, the item still waiting.
set +e
out=$(win desk online "$REQUESTS" --endpoint "$ENDPOINT")
code=$?
set -e
[ "$code" = 3 ] || fail "an untrusted certificate gave exit $code, not 3: $out"
grep -qi "certificate" <<<"$out" || fail "the refusal does not name the certificate: $out"
grep -q '"requests":0' "$T/counts.json" || fail "a request got through an untrusted handshake: $(cat "$T/counts.json")"

# Trusted through the Windows certificate store: the CA's registry entry under
# HKLM\Software\Microsoft\SystemCertificates\Root (what certutil -addstore Root writes): its
# SHA-1 thumbprint as the key, the certificate as a serialized store element (property 32,
# CERT_CERT_PROP_ID: id, 1, length, DER) as the Blob.
openssl x509 -in "$T/ca.pem" -outform DER -out "$T/ca.der" 2>>"$T/openssl.log" || fail "openssl x509 -outform DER failed"
thumbprint=$(openssl x509 -in "$T/ca.pem" -noout -fingerprint -sha1 | sed 's/.*=//; s/://g')
blob=$(python3 -c 'import struct, sys; d = open(sys.argv[1], "rb").read(); print((struct.pack("<III", 32, 1, len(d)) + d).hex())' "$T/ca.der")
ROOT_KEY="HKLM\\Software\\Microsoft\\SystemCertificates\\Root\\Certificates\\$thumbprint"
wine reg add "$ROOT_KEY" /v Blob /t REG_BINARY /d "$blob" /f </dev/null >/dev/null 2>&1 ||
    fail "the test CA could not be added to the prefix's root store"
out=$(win desk online "$REQUESTS" --endpoint "$ENDPOINT") || fail "desk online with the CA in the root store failed: $out"
grep -q "1 answered online" <<<"$out" || fail "not answered online over TLS: $out"
grep -q '"confirmationRequests":1' "$T/counts.json" || fail "the fake did not get one request: $(cat "$T/counts.json")"
grep -q '"rejected":\[\]' "$T/counts.json" || fail "the fake refused a request: $(cat "$T/counts.json")"

machine import "$T/stick/requests.actdesk" >/dev/null || fail "import failed"
status=$(machine status win10-esu-y1)
grep -q "Licensed" <<<"$status" && ! grep -q "Unlicensed" <<<"$status" || fail "not Licensed: $status"
echo "online-tls: LAB-ONLINE-TLS Licensed through actdesk.exe desk online over HTTPS (Schannel, the CA in the Windows root store)"
