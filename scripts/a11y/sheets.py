#!/usr/bin/env python3
"""Measures printed notices in a PDF (pdfplumber): for each sheet, how much of the printable height the
content fills, the smallest and the most common type size, and which notice it belongs to.

Usage: sheets.py BOARD_PDF NOTICE_COUNT [--min-fill 0.75] [--min-body 16] [--json OUT]
Type sizes are read from the characters' font sizes (pt). The printable height is the page's height less
board.css's 12 mm margins. A sheet whose fill ratio is below --min-fill, or whose body type (the most common
size) is below --min-body, or a PDF with more sheets than notices, is a finding (exit 1).
"""
import argparse
import collections
import json
import sys

import pdfplumber

MM = 72 / 25.4
MARGIN = 12 * MM
# A notice's title at the largest type notice-fit.js gives (board.css's 26 pt × 2.4).
MAX_TITLE_PT = 26 * 2.4 - 0.5


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
            })
    return sheets


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf")
    parser.add_argument("notices", type=int)
    parser.add_argument("--min-fill", type=float, default=0.75)
    parser.add_argument("--min-body", type=float, default=16)
    parser.add_argument("--json")
    args = parser.parse_args()
    sheets = measure(args.pdf)
    findings = []
    if len(sheets) != args.notices:
        findings.append(f"{len(sheets)} sheets for {args.notices} notices")
    for s in sheets:
        line = (f"sheet {s['sheet']}: fill {s['fill']:.2f}, body {s['bodyPt']} pt, smallest {s['minPt']} pt, "
                f"largest {s['maxPt']} pt" + (" (largest type)" if s["maxPt"] >= MAX_TITLE_PT else ""))
        print(line)
        if s["fill"] < args.min_fill and s["maxPt"] < MAX_TITLE_PT:   # a short notice at the largest type
            findings.append(f"sheet {s['sheet']} fills {s['fill']:.2f} of the printable height")
        if s["bodyPt"] < args.min_body:
            findings.append(f"sheet {s['sheet']}: body type {s['bodyPt']} pt")
    for f in findings:
        print("FINDING:", f)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"sheets": sheets, "findings": findings}, out, indent=1)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
