#!/usr/bin/env python3
"""Where a boardgen run spends its CPU: reads `perf script -F tid,time,ip,sym` output (Swift names
demangled) and files every sample under the first pipeline stage found on its call stack.

Usage: perf script -i perf.data -F tid,time,ip,sym | swift demangle --simplified | scripts/profile-phases.py
Prints one row per stage: share of all samples, CPU seconds, and when (seconds from the first
sample) the stage was first and last seen, so serial and parallel phases show on a timeline.
"""
import collections
import sys

# First match wins: the more specific stages come before the ones that contain them.
STAGES = [
    ("cache: take unchanged pages (hard links)", ["takeUnchanged", "closure #2 in CachedRun.init"]),
    ("cache: read and write the cache file", ["BuildCache.read", "BuildCache.write", "BuildCache.store"]),
    ("cache: stored inputs (stamps, decoded regulations)", ["StoredInputs", "Compact", "LoadMemo.seed",
                                                           "storedRegulations"]),
    ("cache: fingerprints (files read ahead)", ["SiteInputs"]),
    ("write: files into the staging folder", ["OutputStaging.add", "FileBytes"]),
    ("write: swap in, remove the old output", ["commit()", "swapIn", "removeItem", "swap("]),
    ("board: notices, QR codes, board pages", ["BoardRenderer", "NoticeFactory", "makeNotices", "QRCode"]),
    ("render: page templates (plans, or swift-mustache)", ["PlanRenderer", "TemplatePlans.render",
                                                           "MustacheLibrary.render"]),
    ("render: directives (partials, deadlines, forms)", ["renderDirective"]),
    ("render: inline markers", ["InlineMarkers"]),
    ("render: Markdown (cmark-gfm + AST walk)", ["CommonMark.render"]),
    ("render: view → template data", ["TemplateData.convert", "PreparedContext.adding"]),
    ("render: other pages and calendar feeds", ["renderHome", "renderContacts", "renderSupport", "renderTimetablePage",
                                                "renderRegulationIndex", "CalendarFeeds"]),
    ("render: rest of a regulation page", ["renderRegulation"]),
    ("load: YAML (libyaml events)", ["YAMLNode.parse", "YAMLEventReader"]),
    ("load: read and decode files", ["ContentFolder.read"]),
    ("load: front matter, model, references", ["LoadSession", "ContentLoader", "ReferenceResolver"]),
    ("check: marks and findings", ["PublishedMarks", "PublicationChecker", "ContentChecker", "SiteChecker.judge"]),
    ("templates: parse", ["TemplateSet.load"]),
    ("process start-up", ["_dl_", "dl_main", "_dl_start"]),
]


def main():
    blocks = [block for block in sys.stdin.read().split("\n\n") if block.strip()]
    counts, first, last = collections.Counter(), {}, {}
    start = None
    for block in blocks:
        header = block.strip().split("\n")[0].split()
        time = float(header[1].rstrip(":")) if len(header) > 1 else 0.0
        start = time if start is None else min(start, time)
        stage = next((name for name, keys in STAGES if any(key in block for key in keys)),
                     "unattributed (allocator, kernel, frames without symbols)")
        counts[stage] += 1
        first.setdefault(stage, time)
        last[stage] = time
    total = sum(counts.values())
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 499.0
    print(f"| stage | share | CPU s | seen (s) |")
    print(f"|:---|--:|--:|:--|")
    for stage, count in counts.most_common():
        print(f"| {stage} | {count * 100 / total:.1f} % | {count / rate:.2f} | {first[stage] - start:.2f}–{last[stage] - start:.2f} |")
    print(f"\n{total} samples at {rate:.0f} Hz = {total / rate:.1f} s of CPU")


if __name__ == "__main__":
    main()
