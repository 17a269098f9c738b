#!/usr/bin/env python3
"""Measures printed notices in a PDF (pdfplumber): for each sheet, how much of the printable height the
content fills, the smallest and the most common type size, and which notice it belongs to.

Usage: sheets.py BOARD_PDF NOTICE_COUNT [--min-fill 0.75] [--min-body 16] [--kinds K1,K2,...]
                 [--min-key 28] [--key-kinds contacts] [--json OUT]
Type sizes are read from the characters' font sizes (pt). The printable height is the page's height less
board.css's 12 mm margins. A sheet whose fill ratio is below --min-fill, or whose body type (the most common
size) is below --min-body, or a PDF with more sheets than notices, is a finding (exit 1). The key values a
reader looks for (phone numbers and e-mail addresses, found by their form in the printed words) are measured
too: on the sheets of the notice kinds in --key-kinds (--kinds gives each sheet's kind, in order), key values
below --min-key are a finding.
"""
import argparse
import collections
import json
import sys

import re

import pdfplumber

MM = 72 / 25.4
MARGIN = 12 * MM
# A notice's title at the largest type notice-fit.js gives (board.css's 26 pt × MAX_FIT 2.1).
MAX_TITLE_PT = 26 * 2.1 - 0.5


# Parts of a phone number as pdfplumber splits words at spaces ("+7", "(3412)", "55-12-40", "8-800-100-10-10"),
# and e-mail addresses.
KEY_WORD = re.compile(r"^(\+\d{1,3}|\(\d{3,5}\)|\d{1,4}(-\d{2,4}){2,4}|[\w.+-]+@[\w-]+(\.[\w-]+)+)[,;.]?$")


def key_size(page, footer):
    """The smallest type of the phone numbers and e-mail addresses above the footer, or None."""
    words = page.extract_words(extra_attrs=["size"])
    sizes = [w["size"] for w in words if w["top"] < footer and KEY_WORD.match(w["text"])]
    return round(min(sizes), 1) if sizes else None


def measure(pdf_path):
    sheets = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            # The footer (QR code, address, approval, print date) keeps board.css's small fixed sizes: it starts
            # at the lowest wide rule on the sheet (.notice-footer's top border), and is left out of the type sizes.
            rules = [r for r in page.rects + page.lines
                     if r["bottom"] - r["top"] < 2 and r["x1"] - r["x0"] > 0.5 * page.width]
            footer = max((r["top"] for r in rules), default=page.height)
            every = [c for c in page.chars if c["text"].strip()]
            chars = [c for c in every if c["top"] < footer] or every
            if not chars:
                sheets.append({"sheet": number, "fill": 0, "minPt": 0, "bodyPt": 0, "maxPt": 0})
                continue
            printable = page.height - 2 * MARGIN
            bottom = max(c["bottom"] for c in every)
            for rect in page.rects + page.lines:   # table borders and rules count as content too
                if rect["bottom"] - rect["top"] < 0.8 * page.height:   # not a sheet-sized background
                    bottom = max(bottom, rect["bottom"])
            sizes = collections.Counter(round(c["size"], 1) for c in chars)
            sheets.append({
                "sheet": number,
                "fill": round((bottom - MARGIN) / printable, 3),
                "minPt": min(sizes),
                "bodyPt": sizes.most_common(1)[0][0],
                "maxPt": max(sizes),
                "landscape": page.width > page.height,
                "keyPt": key_size(page, footer),
            })
    return sheets


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf")
    parser.add_argument("notices", type=int)
    parser.add_argument("--min-fill", type=float, default=0.75)
    parser.add_argument("--min-body", type=float, default=16)
    parser.add_argument("--kinds", default="")
    parser.add_argument("--min-key", type=float, default=28)
    parser.add_argument("--key-kinds", default="contacts")
    parser.add_argument("--json")
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k]
    key_kinds = set(k for k in args.key_kinds.split(",") if k)
    sheets = measure(args.pdf)
    findings = []
    if len(sheets) != args.notices:
        findings.append(f"{len(sheets)} sheets for {args.notices} notices")
    for s in sheets:
        line = (f"sheet {s['sheet']}: fill {s['fill']:.2f}, body {s['bodyPt']} pt, smallest {s['minPt']} pt, "
                f"largest {s['maxPt']} pt" + (f", key values {s['keyPt']} pt" if s.get("keyPt") else "")
                + (" (largest type)" if s["maxPt"] >= MAX_TITLE_PT else ""))
        print(line)
        if s["fill"] < args.min_fill and s["maxPt"] < MAX_TITLE_PT:   # a short notice at the largest type
            findings.append(f"sheet {s['sheet']} fills {s['fill']:.2f} of the printable height")
        if s["bodyPt"] < args.min_body:
            findings.append(f"sheet {s['sheet']}: body type {s['bodyPt']} pt")
        kind = kinds[s["sheet"] - 1] if s["sheet"] <= len(kinds) else None
        if kind in key_kinds and s.get("keyPt") is not None and s["keyPt"] < args.min_key - 0.2:
            findings.append(f"sheet {s['sheet']} ({kind}): phones and e-mails at {s['keyPt']} pt")
    for f in findings:
        print("FINDING:", f)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"sheets": sheets, "findings": findings}, out, indent=1)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
