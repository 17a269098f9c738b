#!/usr/bin/env bash
# Builds the libFuzzer targets (FuzzSchedule, FuzzFrontMatter, FuzzMarkdown) with
# -sanitize=fuzzer,address and runs each for SECONDS (default 60), one at a time.
# Exits non-zero when any target crashes (or times out / runs out of memory).
# See docs/fuzzing.md.
#
#   scripts/fuzz.sh [SECONDS]
#
# Environment:
#   FUZZ_TARGETS   targets to run (default: "FuzzSchedule FuzzFrontMatter FuzzMarkdown")
#   FUZZ_WORK      corpora, logs and crash artifacts (default: Fuzz/corpus, gitignored)
#   FUZZ_SCRATCH   SwiftPM scratch path (default: .build-fuzz)
#   FUZZ_ARGS      extra libFuzzer flags, e.g. "-jobs=1 -seed=1"
#   BOARDGEN_FUZZ_SITE, BOARDGEN_FUZZ_STRICT, BOARDGEN_FUZZ_FULL_LOAD: see the fuzz mains.
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
DURATION=${1:-60}
TARGETS=${FUZZ_TARGETS:-FuzzSchedule FuzzFrontMatter FuzzMarkdown}
WORK=${FUZZ_WORK:-$ROOT/Fuzz/corpus}
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
SWIFT=${SWIFT:-swift}

case $DURATION in ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;; esac
if ! ls "$(dirname "$(dirname "$(command -v "$SWIFT")")")"/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "warning: libclang_rt.fuzzer not found next to $SWIFT; the build may fail" >&2
fi

# --- build -----------------------------------------------------------------------------------
# -DFUZZING swaps each main's replay tool for the libFuzzer entry points; -Xcc instruments the C
# code SwiftPM compiles (libyaml inside Yams) for coverage and ASan too. cmark-gfm is a system
# library and is not instrumented.
for target in $TARGETS; do
    echo "== building $target"
    "$SWIFT" build -c debug --scratch-path "$SCRATCH" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING \
        -Xcc -fsanitize=fuzzer-no-link,address \
        --product "$target" 2>&1 | grep -v "Cannot export local symbol"
    if [ "${PIPESTATUS[0]}" -ne 0 ]; then
        echo "error: building $target failed" >&2
        exit 2
    fi
done
BIN=$("$SWIFT" build -c debug --scratch-path "$SCRATCH" --show-bin-path)

# --- seed corpora from the repository --------------------------------------------------------
SEEDS=$WORK/seeds
rm -rf "$SEEDS"
mkdir -p "$SEEDS/FuzzSchedule" "$SEEDS/FuzzFrontMatter" "$SEEDS/FuzzMarkdown"
python3 - "$SEEDS/FuzzSchedule" <<'PY'
# The hours strings of examples/*/people.yaml (hours, when), desks.yaml (intake, processing)
# and contacts.yaml (hours), plus the notations docs/content.md lists.
import glob, hashlib, os, re, sys
out = sys.argv[1]
pattern = re.compile(r'^\s*(?:-\s*)?(hours|when|intake|processing)\s*:\s*(.+?)\s*$')
values = {"пн-пт 9:00-18:00", "Понедельник, пятница 14:00-15:00", "пон., ср. 14.00-16.00",
          "круглосуточно", "с 9:00 до 18:00, кроме выходных и праздничных дней",
          "Mon-Fri 9:00-18:00", "по записи", "24/7", "Mo-Fr 09:00-13:00,13:45-18:00; PH off"}
files = []
for name in ("people.yaml", "desks.yaml", "contacts.yaml"):
    files += glob.glob(f"examples/*/{name}") + glob.glob(f"content/{name}")
for path in sorted(files):
    for line in open(path, encoding="utf-8"):
        match = pattern.match(line)
        if not match:
            continue
        value = re.sub(r'\s+#.*$', '', match.group(2)) if match.group(2)[0] not in "\"'" else match.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value and value not in ("|", ">"):
            values.add(value)
for value in sorted(values):
    data = value.encode("utf-8")
    open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb").write(data)
print(f"   {len(values)} schedule seeds")
PY
for md in examples/*/regulations/*.md content/regulations/*.md; do
    name=$(echo "$md" | tr '/' '_')
    cp "$md" "$SEEDS/FuzzFrontMatter/$name"
    cp "$md" "$SEEDS/FuzzMarkdown/$name"
done
# Crashes found earlier become seeds, so a regression is caught at once.
for target in FuzzSchedule FuzzFrontMatter FuzzMarkdown; do
    if [ -d "Fuzz/crashes/$target" ]; then
        find "Fuzz/crashes/$target" -type f ! -name 'README*' -exec cp {} "$SEEDS/$target/" \;
    fi
done

# --- run -------------------------------------------------------------------------------------
export LSAN_OPTIONS="suppressions=$ROOT/Fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# Let a Swift trap reach libFuzzer's crash handler: the Swift runtime's own backtracer trips
# AddressSanitizer (stack-buffer-underflow in memserver_read) and hides the real report.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
export BOARDGEN_FUZZ_SITE=${BOARDGEN_FUZZ_SITE:-$ROOT/content}
status=0
summary=()
for target in $TARGETS; do
    case $target in
        FuzzSchedule) dict=Fuzz/dict/schedule.dict; maxlen=1024 ;;
        *) dict=Fuzz/dict/markdown.dict; maxlen=16384 ;;
    esac
    corpus=$WORK/$target
    artifacts=$WORK/artifacts/$target
    log=$WORK/logs/$target.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    echo "== running $target for ${DURATION}s (log: $log)"
    start=$(date +%s)
    # shellcheck disable=SC2086
    "$BIN/$target" -max_total_time="$DURATION" -print_final_stats=1 -timeout=20 -rss_limit_mb=4096 \
        -max_len=$maxlen -dict="$dict" -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} \
        "$corpus" "$SEEDS/$target" >"$log" 2>&1
    rc=$?
    elapsed=$(( $(date +%s) - start ))
    execs=$(grep -a 'stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
    rate=$(grep -a 'stat::average_exec_per_sec' "$log" | tail -1 | awk '{print $2}')
    cov=$(grep -aoE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    units=$(find "$corpus" -type f | wc -l)
    if [ $rc -eq 0 ]; then
        result=ok
    else
        result="CRASH (exit $rc)"
        status=1
        grep -aE '^==[0-9]+==ERROR|^SUMMARY|Fatal error|Test unit written' "$log" | head -5 | sed 's/^/   /'
    fi
    line="$target: ${elapsed}s, ${execs:-?} execs (${rate:-?}/s), ${cov:-cov ?}, corpus $units, $result"
    echo "   $line"
    summary+=("$line")
done

echo "== summary"
printf '   %s\n' "${summary[@]}"
if [ $status -ne 0 ]; then
    echo "crash artifacts: $WORK/artifacts/<target>/ (reproduce: $BIN/<target> <file>)" >&2
fi
exit $status
