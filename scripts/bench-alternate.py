#!/usr/bin/env python3
"""Times several commands side by side: round after round, each command once per round, so that
a change in the machine's load (other jobs on a shared 2-core machine) hits every command alike;
the medians and their ratios come from one run.

    scripts/bench-alternate.py --runs N --json OUT.json \\
        --case NAME 'COMMAND' ['PREPARE'] [--case NAME 'COMMAND' ['PREPARE'] ...]

PREPARE (optional, untimed) runs before every run of its command: e.g. a new empty output folder,
or one edited file. One warmup round first (not counted). Every run's wall clock, CPU time (user +
system of the command and its children) and peak resident memory (from wait4) is kept; a command
that fails stops the benchmark. Python 3 standard library only.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def run_once(command):
    started = time.perf_counter()
    process = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own resources; the shell execs the last command of a simple line.
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    error = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: '{command}' failed:\n{error[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_kb": usage.ru_maxrss}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", required=True)
    parser.add_argument("--case", nargs="+", action="append", metavar="NAME COMMAND [PREPARE]", required=True)
    args = parser.parse_args()
    cases = []
    for case in args.case:
        if len(case) not in (2, 3):
            parser.error("--case takes NAME COMMAND [PREPARE]")
        cases.append({"name": case[0], "command": case[1], "prepare": case[2] if len(case) == 3 else None, "runs": []})
    for round_number in range(args.runs + 1):
        for case in cases:
            if case["prepare"]:
                subprocess.run(case["prepare"], shell=True, check=True, stdout=subprocess.DEVNULL)
            result = run_once(case["command"])
            if round_number > 0:  # round 0 warms the caches up
                case["runs"].append(result)
        if round_number > 0:
            print(f"  round {round_number}/{args.runs}: " + ", ".join(
                f"{c['name']} {c['runs'][-1]['wall']:.3f} s" for c in cases), file=sys.stderr)
    for case in cases:
        walls = [r["wall"] for r in case["runs"]]
        case["median"] = statistics.median(walls)
        case["min"], case["max"] = min(walls), max(walls)
        case["cpu_median"] = statistics.median(r["cpu"] for r in case["runs"])
        case["peak_kb"] = max(r["rss_kb"] for r in case["runs"])
    with open(args.json, "w") as f:
        json.dump({"runs": args.runs, "cases": cases}, f, indent=1)


if __name__ == "__main__":
    main()
