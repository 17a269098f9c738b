#!/usr/bin/env python3
"""The CPU split of a boardgen run that issue 17 tracks: which share of all samples lies under
swift-mustache, under Swift's dynamic casts, in loading, in front matter, in libcmark, in the kernel.

Usage: perf record -F 499 -g -o perf.data boardgen build …
       perf script -i perf.data -F comm,tid,time,ip,sym,dso | swift demangle | scripts/profile-split.py
A sample counts for a row when any frame of its call stack matches (the rows overlap: casts are
counted inside mustache too); cmark, kernel and allocator count the innermost frame only.
"""
import collections
import re
import sys

ROWS = [
    ("swift-mustache (any frame in module Mustache)", lambda frames: any(MUSTACHE.search(s) for s, _ in frames)),
    ("dynamic casts (swift_dynamicCast, tryCast, conformance lookups)",
     lambda frames: any(CAST.search(s) for s, _ in frames)),
    ("casts under swift-mustache", lambda frames: any(CAST.search(s) for s, _ in frames)
     and any(MUSTACHE.search(s) for s, _ in frames)),
    ("load (ContentLoader, LoadSession)", lambda frames: any("BoardGenLoad.ContentLoader" in s
                                                             or "BoardGenLoad.LoadSession" in s for s, _ in frames)),
    ("front matter (split, YAML, decoding, example scan)",
     lambda frames: any(FRONT.search(s) for s, _ in frames)),
    ("YAML parsing (Yams, libyaml)", lambda frames: any("Yams." in s or "yaml_" in s for s, _ in frames)),
    ("libcmark-gfm (innermost frame)", lambda frames: bool(frames) and "cmark" in frames[0][1]),
    ("kernel (innermost frame)", lambda frames: bool(frames) and "kernel" in frames[0][1]),
    ("allocator (malloc/free/retain/release, innermost)", lambda frames: bool(frames)
     and ALLOC.search(frames[0][0]) is not None),
]
MUSTACHE = re.compile(r"Mustache\.MustacheTemplate|Mustache\.MustacheLibrary|\(extension in Mustache\)")
CAST = re.compile(r"dynamicCast|tryCast|conformsToProtocol|ConformanceCache|swift_conformsTo|"
                  r"_checkGenericRequirements|tryCastTo")
FRONT = re.compile(r"decodeRegulation|reportExampleValues|FrontMatter|YAMLNode|YAMLObject")
ALLOC = re.compile(r"malloc|free|swift_retain|swift_release|swift_allocObject|swift_deallocObject|"
                   r"swift_bridgeObjectRe|swift_slowAlloc|swift_slowDealloc")
FRAME = re.compile(r"^\s*[0-9a-f]+\s+(.*)\s+\(([^()]*)\)\s*$")


def samples(stream):
    frames = None
    for line in stream:
        if not line.strip():
            if frames is not None:
                yield frames
            frames = None
            continue
        if frames is None:
            frames = []
            continue
        match = FRAME.match(line)
        if match:
            frames.append((match.group(1), match.group(2)))
    if frames is not None:
        yield frames


def main():
    counts = collections.Counter()
    total = 0
    for frames in samples(sys.stdin):
        total += 1
        for name, test in ROWS:
            if test(frames):
                counts[name] += 1
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 499.0
    print("| part | share of all CPU | CPU s |")
    print("|:---|--:|--:|")
    for name, _ in ROWS:
        print(f"| {name} | {counts[name] * 100 / max(total, 1):.1f} % | {counts[name] / rate:.2f} |")
    print(f"\n{total} samples at {rate:.0f} Hz = {total / rate:.1f} s of CPU")


if __name__ == "__main__":
    main()
