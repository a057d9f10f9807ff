#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fill a Qt Linguist .ts file from reviewed TSV files (context, source, translation).

Usage: merge-translations.py TS_FILE TSV...      (Japanese: fill from the TSVs)
       merge-translations.py --english TS_FILE   (English: numerus forms only, source = text)

Reports every message that still has no translation and exits 1 if there are any, so a
developer sees at once which strings need Japanese. In the TSV, write a newline as \\n; for
%n plurals give the single Japanese form.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def load_tsv(paths):
    table = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{lineno}: expected 3 tab-separated fields, got {len(parts)}")
                ctx, src, text = (unescape(p) for p in parts)
                table[(ctx, src)] = text
    return table


def main():
    args = sys.argv[1:]
    english = args and args[0] == "--english"
    if english:
        args = args[1:]
    ts_path, tsvs = args[0], args[1:]
    table = {} if english else load_tsv(tsvs)
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        ctx = context.findtext("name")
        for msg in context.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            numerus = msg.get("numerus") == "yes"
            if english:
                if numerus:
                    for child in list(tr):
                        tr.remove(child)
                    tr.text = None
                    for form in (src, src):
                        ET.SubElement(tr, "numerusform").text = form
                    tr.attrib.pop("type", None)
                continue
            text = table.get((ctx, src))
            if text is None:
                missing.append((ctx, src))
                tr.set("type", "unfinished")
                continue
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            if numerus:
                tr.text = None
                ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = text
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    for ctx, src in missing:
        print(f"missing Japanese: {ctx}\t{src!r}", file=sys.stderr)
    if missing:
        print(f"{len(missing)} message(s) need Japanese in translations/ja/*.tsv", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
