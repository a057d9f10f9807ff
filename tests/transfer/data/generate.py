#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the golden transfer-file cases in this directory.

This is a second, independent implementation of docs/transfer-format.md (escaping, item and
file digests): the C++ tests check that the reader accepts what this writes, that the writer
produces exactly the same bytes, and that each damaged case fails the way expected.txt says.

Run it from anywhere:  python3 tests/transfer/data/generate.py
Each case is a directory with input.adtx and expected.txt (key=value lines):
  result=ok|error, items=N, roundtrip=exact (the C++ writer must reproduce input byte for
  byte), kind=<error kind>, line=, item=, field=, groups= (ID groups named in the error),
  version=, expected=, found=, also.kind=, also.field=, also.line=, also.groups=
"""
import hashlib
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
MAGIC = "ACTIVATION-DESK-TRANSFER"
FIELDS = ["machine-name", "machine-id", "os", "simulation", "program", "activation-id", "partial-key",
          "extended-pid", "installation-id", "requested-at", "status", "confirmation-id", "answered-by",
          "answered-at", "reason", "applied-at"]
COMMENT = ("# Activation Desk transfer file: Windows ESU activation requests and their answers,\n"
           "# for one or more machines. Plain UTF-8 text, but change it only with Activation Desk\n"
           "# (actdesk export / import / desk): a SHA-256 digest protects every item and the file.\n"
           "# Format: docs/transfer-format.md. Full product keys are never written here.\n")


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_digit(data):
    return sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(data)) % 7


def grouped_id(seed, groups, length):
    """Deterministic digits with a valid check digit in every group."""
    out, x = [], seed
    for _ in range(groups):
        data = ""
        for _ in range(length - 1):
            x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
            data += str((x >> 33) % 10)
        out.append(data + str(check_digit(data)))
    return "-".join(out)


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def item_id(machine_id, activation_id, iid):
    return sha(f"{machine_id}|{activation_id}|{iid.replace('-', '')}")[:12]


def canonical_item(item):
    text = f"item {item['id']}\n"
    for f in FIELDS:
        text += f"{f}={escape(item[f])}\n"
    return text


def serialize(items, version=1):
    header = f"{MAGIC} {version}"
    out = header + "\n" + COMMENT
    canonical = header + "\n"
    for item in items:
        digest = sha(canonical_item(item))
        canonical += digest + "\n"
        out += f"\n[item {item['id']}]\n"
        for f in FIELDS:
            out += f"{f}={escape(item[f])}\n"
        out += f"item-sha256={digest}\n"
    count = f"items={len(items)}\n"
    canonical += count
    out += "\n" + count + f"sha256={sha(canonical)}\n"
    return out


def reseal(text):
    """Recomputes every digest of a (hand-edited) file, as a careless editor with a script
    might: only the ID check digits and value checks are left to catch the edit."""
    lines = text.split("\n")
    out, canonical, current, count = [], lines[0] + "\n", None, 0
    for line in lines:
        if line.startswith("[item "):
            current = "item " + line[6:-1] + "\n"
        elif line.startswith("item-sha256=") and current is not None:
            digest = sha(current)
            out.append("item-sha256=" + digest)
            canonical += digest + "\n"
            current = None
            continue
        elif current is not None and "=" in line:
            current += line + "\n"
        elif line.startswith("items="):
            count = line
            canonical += line + "\n"
        elif line.startswith("sha256="):
            out.append("sha256=" + sha(canonical))
            continue
        out.append(line)
    assert count
    return "\n".join(out)


def make_item(machine, mid, os_key, sim, program, aid, partial, epid, iid, requested, status="pending", cid="",
              by="", answered="", reason="", applied=""):
    return {"id": item_id(mid, aid, iid), "machine-name": machine, "machine-id": mid, "os": os_key,
            "simulation": "yes" if sim else "no", "program": program, "activation-id": aid,
            "partial-key": partial, "extended-pid": epid, "installation-id": iid, "requested-at": requested,
            "status": status, "confirmation-id": cid, "answered-by": by, "answered-at": answered,
            "reason": reason, "applied-at": applied}


WIN7_Y1 = "77db037b-95c3-48d7-a3ab-a9c6d41093e0"
WIN7_Y2 = "0e00c25d-8795-4fb7-9572-3803d91b6880"
W2008R2_Y1 = "553673ed-6ddf-419c-a153-b760283472fd"
REAL_IID = "2530374-4040511-9108201-4139610-9378684-8722385-3037266-7794905-6629205"

ITEMS = [
    make_item("SIM-WIN7-01", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "win7", True, "win7-esu-y1", WIN7_Y1,
              "6789B", "55041-01234-567-890123-03-1033-7601.0000-1482026", grouped_id(1, 9, 6),
              "2026-05-28T09:15:00Z"),
    make_item("SIM-WIN7-01", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "win7", True, "win7-esu-y2", WIN7_Y2,
              "QRT4X", "55041-11111-222-333333-03-1033-7601.0000-1482026", grouped_id(2, 9, 6),
              "2026-05-28T09:15:00Z", status="answered", cid=grouped_id(3, 8, 6),
              by="SIMULATION: simulated activation centre (training)", answered="2026-05-28T10:02:41Z"),
    make_item("Büro-Server 2008 R2 (東京)", "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "win2008r2", False,
              "win2008r2-esu-y1", W2008R2_Y1, "B2C3D", "03612-03305-317-008912-03-1033-9200.0000-0662023",
              REAL_IID, "2026-05-27T23:59:59Z", status="failed",
              by="desk-operator", answered="2026-05-28T10:05:00Z",
              reason="Activation line: 0x67 (blocked key)\nCall the licensing centre"),
    make_item("SIM-WIN7-02", "aaaabbbb-cccc-4ddd-8eee-ffff00001111", "win7", True, "win7-esu-y1", WIN7_Y1,
              "7VWXY", "55041-22222-333-444444-03-1033-7601.0000-1482026", grouped_id(4, 9, 6),
              "2026-05-28T09:20:00Z", status="applied", cid=grouped_id(5, 8, 6),
              by="SIMULATION: simulated activation centre (training)", answered="2026-05-28T10:02:41Z",
              applied="2026-05-28T11:00:00Z"),
]


def flip_digit(grouped, group, position=1):
    """+1 mod 10 in a data position of a group: always caught by the group's check digit
    (the rule misses only changes by 7)."""
    parts = grouped.split("-")
    g = parts[group]
    d = (int(g[position]) + 1) % 10
    parts[group] = g[:position] + str(d) + g[position + 1:]
    return "-".join(parts)


def write_case(name, text, expected, binary=None):
    d = os.path.join(HERE, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "input.adtx"), "wb") as f:
        f.write(binary if binary is not None else text.encode("utf-8"))
    with open(os.path.join(d, "expected.txt"), "w", encoding="utf-8") as f:
        for k, v in expected:
            f.write(f"{k}={v}\n")


def line_of(text, needle, start=0):
    idx = text.index(needle, start)
    return text.count("\n", 0, idx) + 1


def main():
    for entry in os.listdir(HERE):
        if os.path.isdir(os.path.join(HERE, entry)):
            shutil.rmtree(os.path.join(HERE, entry))

    good = serialize(ITEMS)
    write_case("ok-four-items-every-status", good, [("result", "ok"), ("items", 4), ("roundtrip", "exact")])
    write_case("ok-empty", serialize([]), [("result", "ok"), ("items", 0), ("roundtrip", "exact")])

    # Tolerated: a Windows editor's CRLF line ends, a BOM, extra comments and blank lines.
    tolerant = "\ufeff" + good.replace("\n", "\r\n").replace("[item ", "# a comment a person added\r\n\r\n[item ")
    write_case("ok-crlf-bom-comments", tolerant, [("result", "ok"), ("items", 4)])

    second = ITEMS[1]["id"]
    second_line = line_of(good, f"[item {second}]")

    # Truncated: a copy or write interrupted half-way through the second item.
    cut = good[: good.index("installation-id=", good.index(f"[item {second}]")) + 30]
    write_case("truncated-mid-item", cut, [("result", "error"), ("kind", "truncated"),
                                           ("line", cut.count("\n") + 1)])
    cut2 = good[: good.index("sha256=", good.index("items="))]
    write_case("truncated-before-digest", cut2, [("result", "error"), ("kind", "truncated"),
                                                 ("line", line_of(good, "items="))])

    # A flipped digit in the second item's IID: the item digest names the item; the ID's
    # check digit names the group (reported alongside).
    iid = ITEMS[1]["installation-id"]
    flipped = good.replace(f"installation-id={iid}", f"installation-id={flip_digit(iid, 2)}")
    iid_line = line_of(good, f"installation-id={iid}")
    write_case("flipped-digit-item-digest", flipped,
               [("result", "error"), ("kind", "item-digest-mismatch"), ("line", second_line), ("item", second),
                ("also.kind", "invalid-id"), ("also.field", "installation-id"), ("also.line", iid_line),
                ("also.groups", "3")])
    write_case("flipped-digit-resealed", reseal(flipped),
               [("result", "error"), ("kind", "invalid-id"), ("line", iid_line), ("item", second),
                ("field", "installation-id"), ("groups", "3")])

    # A CID whose group C fails its check (the desk typed it wrong and someone resealed).
    cid = ITEMS[1]["confirmation-id"]
    bad_cid = good.replace(f"confirmation-id={cid}", f"confirmation-id={flip_digit(cid, 2, 3)}")
    write_case("cid-group-check-fails", reseal(bad_cid),
               [("result", "error"), ("kind", "invalid-id"), ("line", line_of(good, f"confirmation-id={cid}")),
                ("item", second), ("field", "confirmation-id"), ("groups", "C")])

    # A hand edit of free text: only the digest can tell.
    edited = good.replace("reason=Activation line: 0x67", "reason=Activation line: 0x68")
    third = ITEMS[2]["id"]
    write_case("hand-edit-reason", edited, [("result", "error"), ("kind", "item-digest-mismatch"),
                                           ("line", line_of(good, f"[item {third}]")), ("item", third)])

    newer = serialize(ITEMS, version=2)
    write_case("newer-version", newer, [("result", "error"), ("kind", "newer-version"), ("line", 1),
                                        ("version", 2)])
    write_case("version-zero", serialize([], version=0), [("result", "error"), ("kind", "unsupported-version"),
                                                          ("line", 1), ("version", 0)])
    write_case("not-a-transfer-file", "item,machine,installation_id\r\nabc,PC1,123\r\n",
               [("result", "error"), ("kind", "not-a-transfer-file"), ("line", 1)])

    # An item removed by hand, the count left as it was.
    start = good.index(f"\n[item {third}]")
    end = good.index("\n[item ", start + 1)
    removed = good[:start] + good[end:]
    write_case("item-removed", removed, [("result", "error"), ("kind", "item-count-mismatch"),
                                         ("line", line_of(removed, "items=")), ("expected", 4), ("found", 3)])
    # Two items swapped: every item is intact, the list is not.
    blocks = good.split("\n[item ")
    swapped = "\n[item ".join([blocks[0], blocks[2], blocks[1]] + blocks[3:])
    write_case("items-reordered", swapped, [("result", "error"), ("kind", "file-digest-mismatch"),
                                            ("line", line_of(swapped, "sha256=", swapped.index("items=")))])

    unknown = reseal(good.replace("status=pending\n", "status=pending\npriority=high\n", 1))
    write_case("unknown-field", unknown, [("result", "error"), ("kind", "unknown-field"),
                                          ("line", line_of(unknown, "priority=")), ("field", "priority"),
                                          ("item", ITEMS[0]["id"])])

    dup = good.replace(f"[item {ITEMS[3]['id']}]", f"[item {ITEMS[0]['id']}]")
    write_case("duplicate-item", dup, [("result", "error"), ("kind", "duplicate-item"),
                                       ("line", line_of(good, f"[item {ITEMS[3]['id']}]")),
                                       ("item", ITEMS[0]["id"])])

    answered_without_cid = reseal(good.replace(f"confirmation-id={cid}\n", "confirmation-id=\n"))
    write_case("answered-without-cid", answered_without_cid,
               [("result", "error"), ("kind", "inconsistent-status"), ("item", second),
                ("field", "confirmation-id"), ("line", line_of(good, f"confirmation-id={cid}"))])

    # A full product key where the partial key belongs, or in free text: refused, never echoed.
    full_key = "BCDFG-HJKMP-QRTVW-XY234-6789B"
    key_partial = reseal(good.replace("partial-key=6789B", "partial-key=" + full_key))
    write_case("full-key-in-partial-key", key_partial,
               [("result", "error"), ("kind", "invalid-value"), ("field", "partial-key"),
                ("item", ITEMS[0]["id"]), ("line", line_of(good, "partial-key=6789B"))])
    key_reason = reseal(good.replace("reason=Activation line", "reason=key " + full_key + " Activation line"))
    write_case("full-key-in-reason", key_reason,
               [("result", "error"), ("kind", "invalid-value"), ("field", "reason"), ("item", third),
                ("line", line_of(good, "reason=Activation"))])

    outside = good.replace(COMMENT, COMMENT + "machine-name=STRAY\n")
    write_case("field-outside-item", outside, [("result", "error"), ("kind", "field-outside-item"),
                                               ("line", line_of(outside, "machine-name=STRAY")),
                                               ("field", "machine-name")])

    raw = good.encode("utf-8")
    pos = raw.index(b"SIM-WIN7-02")
    bad_utf8 = raw[:pos] + b"\xff" + raw[pos + 1:]
    write_case("invalid-utf8", None, [("result", "error"), ("kind", "invalid-text"),
                                      ("line", line_of(good, "SIM-WIN7-02"))], binary=bad_utf8)

    footer = good[good.index("items="):]
    twice = good + footer
    write_case("footer-twice", twice, [("result", "error"), ("kind", "trailing-data"),
                                       ("line", good.count("\n") + 1)])

    bad_escape = reseal(good.replace("\\nCall the", "\\qCall the"))
    write_case("invalid-escape", bad_escape, [("result", "error"), ("kind", "invalid-escape"),
                                              ("field", "reason"), ("line", line_of(good, "reason=Activation"))])


if __name__ == "__main__":
    main()
