#!/usr/bin/env bash
# Benchmarks for issue 7: boardgen against Hugo and the cmark CLI on the same Markdown.
#
#   scripts/bench.sh            build (release), generate data, time everything with hyperfine,
#                               measure peak memory, write docs/performance.md
#   scripts/bench.sh report     rewrite docs/performance.md from the last run's results
#   scripts/bench.sh data       only generate the data (what `make bench-data` runs)
#   scripts/bench.sh profile    profile of a cold build and of a cached rebuild of the 10,000-page
#                               site (perf, or callgrind without perf): pipeline stages on a
#                               timeline (scripts/profile-phases.py) and functions by inclusive
#                               cost (bench-data/profile/)
#
# Settings (environment): BENCH_DATA (default bench-data), BENCH_RUNS (runs of the small
# cases, default 10), BENCH_BIG_RUNS (runs of the 10,000-page cases, default 2: each takes
# minutes), BENCH_ROUNDS (rounds of the alternating like-for-like and rebuild cases, default 5),
# BENCH_EDITS (edits per serve case, default 30), BENCH_DOC (default docs/performance.md), BENCH_TODAY (default 2026-11-22),
# BENCH_REV (build a clean export of that git revision instead of the working tree, e.g.
# BENCH_REV=HEAD).
# Generated data and outputs stay in BENCH_DATA (gitignored). The release build uses its own
# scratch path (.build-release; .build-bench with BENCH_REV), never the default .build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA=${BENCH_DATA:-bench-data}
case "$DATA" in /*) ;; *) DATA="$ROOT/$DATA" ;; esac
RUNS=${BENCH_RUNS:-10}
BIG_RUNS=${BENCH_BIG_RUNS:-2}
DOC=${BENCH_DOC:-docs/performance.md}
TODAY=${BENCH_TODAY:-2026-11-22}
MODE=${1:-all}

log() { printf '\n== %s\n' "$*" >&2; }

# --------------------------------------------------------------------------- data
# Regenerated only when the generator changed (a stamp holds its checksum).
generate() { # NAME ARGS...
  local name=$1; shift
  local stamp="$DATA/.$name.stamp" want
  want="$(sha256sum scripts/bench-data.py | cut -d' ' -f1) $*"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d "$DATA/$name" ]; then return; fi
  log "generating $name"
  python3 scripts/bench-data.py "$@"
  printf '%s' "$want" > "$stamp"
}

make_data() {
  mkdir -p "$DATA"
  generate schools-1 --schools 1 --out "$DATA/schools-1"
  generate schools-200 --schools 200 --out "$DATA/schools-200"
  generate one-school-10000 --schools 1 --regulations 10000 --out "$DATA/one-school-10000"
  generate one-school-1000 --schools 1 --regulations 1000 --out "$DATA/one-school-1000"
  generate md-10000 --schools 1 --regulations 10000 --markdown-only "$DATA/md-10000"
  # The like-for-like case (issue 17): the same bodies as md-10000, byte for byte, under front matter.
  generate plain-10000 --schools 1 --regulations 10000 --plain --out "$DATA/plain-10000"
  # cmark reads one file: the same 10,000 bodies, concatenated.
  if [ ! -f "$DATA/md-10000.all.md" ] || [ "$DATA/.md-10000.stamp" -nt "$DATA/md-10000.all.md" ]; then
    find "$DATA/md-10000" -name '*.md' | LC_ALL=C sort | xargs cat > "$DATA/md-10000.all.md"
  fi
  # A minimal Hugo site over the same Markdown: one layout that prints {{ .Content }}.
  local site="$DATA/hugo-site"
  mkdir -p "$site/layouts/_default"
  cat > "$site/config.toml" <<EOF
baseURL = "https://bench.example.ru/"
languageCode = "ru"
title = "bench"
contentDir = "$DATA/md-10000"
publishDir = "$DATA/out/hugo"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
EOF
  printf '%s\n' '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>' \
    > "$site/layouts/_default/single.html"
  printf '%s\n' '<!doctype html><html><body>{{ .Content }}</body></html>' > "$site/layouts/_default/list.html"
}

# The working tree by default; BENCH_REV=<rev> builds a clean export of that commit instead
# (into BENCH_DATA/src, scratch path .build-bench), so edits in progress cannot disturb the run.
build_boardgen() {
  local package=. scratch=.build-release
  if [ -n "${BENCH_REV:-}" ]; then
    package="$DATA/src"
    scratch=.build-bench
    local rev
    rev=$(git rev-parse "$BENCH_REV")
    if [ "$(cat "$package/.bench-rev" 2>/dev/null)" != "$rev" ]; then
      rm -rf "$package" && mkdir -p "$package"
      git archive --format=tar "$rev" | tar -x -C "$package"
      if [ -f Package.resolved ]; then cp Package.resolved "$package/"; fi
      # Target folders the manifest names but the commit lacks (not committed yet; never part
      # of the boardgen product) are copied from the working tree so that the manifest loads.
      local dir
      for dir in $(grep -o 'path: "[^"]*"' "$package/Package.swift" | cut -d'"' -f2); do
        if [ ! -e "$package/$dir" ] && [ -e "$dir" ]; then
          mkdir -p "$package/$(dirname "$dir")" && cp -R "$dir" "$package/$dir"
        fi
      done
      echo "$rev" > "$package/.bench-rev"
    fi
    REVISION="$(git rev-parse --short "$BENCH_REV") (clean export of $BENCH_REV)"
  else
    REVISION="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift Templates || echo ' + uncommitted changes in Sources')"
  fi
  # Statically linked, as `make release` builds it; Foundation's static networking part links libcurl.
  scripts/ensure-apt.sh libcurl4-openssl-dev
  log "building boardgen (release, statically linked, $scratch) at $REVISION"
  swift build -c release --static-swift-stdlib --package-path "$package" --scratch-path "$scratch" --product boardgen >&2
  BIN="$(swift build -c release --static-swift-stdlib --package-path "$package" --scratch-path "$scratch" \
    --show-bin-path)/boardgen"
  BUILD_COMMAND="swift build -c release --static-swift-stdlib --scratch-path $scratch"
  export REVISION BUILD_COMMAND
}

if [ "$MODE" = data ]; then make_data; exit 0; fi

# --------------------------------------------------------------------------- serve
# Edit-to-visible time of `boardgen serve` (issue 15): from a file write (a save by rename) to the
# new page served, median over BENCH_EDITS edits (default 30), on a generated school and on the
# starter site of `boardgen init`. `scripts/bench.sh serve` runs only this part.
serve_bench() {
  mkdir -p "$DATA/out"
  generate schools-1 --schools 1 --out "$DATA/schools-1"
  log "boardgen serve: edit to visible (${BENCH_EDITS:-30} edits each)"
  python3 scripts/bench-serve.py "$BIN" "$DATA/schools-1/school-0001" --edits "${BENCH_EDITS:-30}" \
    --label "generated school (50 pages)" --json "$DATA/out/serve-school.json" >&2
  python3 scripts/bench-serve.py "$BIN" "$DATA/schools-1/school-0001" --edits "${BENCH_EDITS:-30}" --edit regulation \
    --label "generated school (50 pages)" --json "$DATA/out/serve-school-regulation.json" >&2
  python3 scripts/bench-serve.py "$BIN" Starter --edits "${BENCH_EDITS:-30}" \
    --label "boardgen init's starter site" --json "$DATA/out/serve-starter.json" >&2
}
if [ "$MODE" = serve ]; then build_boardgen; serve_bench; exit 0; fi

scripts/ensure-apt.sh pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev hyperfine hugo cmark time
build_boardgen
make_data
OUT="$DATA/out"
mkdir -p "$OUT"

# --------------------------------------------------------------------------- profile
# perf (sampling, call graphs through frame pointers) when the kernel allows it; otherwise
# callgrind, which is ~50x slower. Either way: functions by inclusive cost, Swift names demangled.
if [ "$MODE" = profile ]; then
  prof="$DATA/profile"
  mkdir -p "$prof"
  site="$DATA/one-school-10000/school-0001"
  # A cold build (--no-cache, into a new folder) and a rebuild as a webmaster runs it (the first build
  # filled the output folder and the build cache; nothing changed since).
  rm -rf "$OUT/profile-10000" "$OUT/.profile-10000.boardgen-cache"
  "$BIN" build --content "$site" --output "$OUT/profile-10000" --today "$TODAY" > /dev/null
  if command -v perf > /dev/null && perf record -q -o /dev/null true 2> /dev/null; then
    for kind in cold rebuild; do
      log "perf: boardgen build of 10,000 regulations ($kind)"
      if [ $kind = cold ]; then
        rm -rf "$OUT/profile-cold"
        set -- build --no-cache --content "$site" --output "$OUT/profile-cold" --today "$TODAY"
      else
        set -- build --content "$site" --output "$OUT/profile-10000" --today "$TODAY"
      fi
      perf record -q -F 499 -g -o "$prof/perf-$kind.data" "$BIN" "$@" >&2
      perf script -i "$prof/perf-$kind.data" -F tid,time,ip,sym 2> /dev/null | swift demangle --simplified \
        | python3 scripts/profile-phases.py 499 > "$prof/phases-$kind.md"
      echo "== $kind" && cat "$prof/phases-$kind.md"
    done
    cp "$prof/perf-rebuild.data" "$prof/perf.data"
    perf report -i "$prof/perf.data" --children --sort symbol --stdio -g none --percent-limit 0.5 2> /dev/null \
      | grep -v '^#' | grep -v '^$' | swift demangle --simplified | sed -E 's/ +- +- *$//' > "$prof/inclusive.txt"
    perf report -i "$prof/perf.data" --no-children --sort dso --stdio -g none 2> /dev/null \
      | grep -v '^#' | grep -v '^$' > "$prof/libraries.txt"
  else
    scripts/ensure-apt.sh valgrind
    log "callgrind: boardgen build of 10,000 regulations (slow: ~50x)"
    valgrind --tool=callgrind --callgrind-out-file="$prof/callgrind.out" \
      "$BIN" build --content "$site" --output "$OUT/profile-10000" --today "$TODAY" >&2
    callgrind_annotate --inclusive=yes --threshold=100 "$prof/callgrind.out" | swift demangle --simplified > "$prof/inclusive.txt"
  fi
  head -n 40 "$prof/inclusive.txt"
  echo "full report (rebuild): $prof/inclusive.txt, stages: $prof/phases-cold.md, $prof/phases-rebuild.md" >&2
  exit 0
fi

# A generated site must build without errors before anything is timed (the 10,000-page site
# takes seconds; hyperfine's warmup run checks it, and hyperfine stops at a failing command).
log "checking that the generated sites build"
for dir in "$DATA/schools-1/school-0001" "$DATA/schools-200/school-0001" "$DATA/schools-200/school-0200"; do
  "$BIN" build --content "$dir" --output "$OUT/verify" --today "$TODAY" > /dev/null 2> "$OUT/verify.err" || {
    cat "$OUT/verify.err" >&2; echo "bench: $dir does not build" >&2; exit 1; }
done

# Peak memory is measured during the timed runs: /usr/bin/time -v wraps every command (its cost
# is one fork and wait) and appends its report to MEM/<case>.txt; the peak is the largest
# "Maximum resident set size" over all runs.
MEM="$OUT/mem"
if [ "$MODE" != report ]; then rm -rf "$MEM" && mkdir -p "$MEM"; fi
TV="/usr/bin/time -v -a -o"

# All 200 schools in one process: build writes OUT/schools-200/<school>, check reads them all.
build200="$BIN build --no-cache --today $TODAY --content $DATA/schools-200/school-* --output $OUT/schools-200"

# check takes all 200 schools in one process (--content DIR...). For the cached cases the sites
# are links to the generated schools, except school-0001, a copy that the "one school changed"
# case edits before every run (one more line break at the end of a regulation).
sites="$OUT/sites-200"
rm -rf "$sites" "$OUT/check-cache" && mkdir -p "$sites"
for d in "$DATA"/schools-200/school-*; do ln -s "$d" "$sites/${d##*/}"; done
rm "$sites/school-0001" && cp -R "$DATA/schools-200/school-0001" "$sites/school-0001"
changed=$(find "$sites/school-0001/regulations" -name '*.md' | LC_ALL=C sort | head -1)
check200="$BIN check --today $TODAY --content $sites/school-*"
printf '#!/bin/sh\nprintf "\\n" >> "%s"\n' "$changed" > "$OUT/touch.sh" && chmod +x "$OUT/touch.sh"

one="$DATA/schools-1/school-0001"
big="$DATA/one-school-10000/school-0001"

# Issue 17: the like-for-like case and the rebuilds, each set timed in alternating rounds
# (scripts/bench-alternate.py: medians, CPU time and peak memory of every command), so that the
# ratios come from one run under the same load. Cold builds go into new empty folders (the
# prepare step removes them, untimed); `--no-cache` keeps boardgen from reusing anything.
alternating_bench() {
  local rounds=${BENCH_ROUNDS:-5} plain="$DATA/plain-10000/school-0001"
  log "alternating: boardgen on plain regulations, Hugo, cmark ($rounds rounds)"
  python3 scripts/bench-alternate.py --runs "$rounds" --json "$OUT/plain.json" \
    --case "boardgen build, 10,000 plain regulations, cold" \
      "$BIN build --no-cache --content $plain --output $OUT/plain-cold --today $TODAY" "rm -rf $OUT/plain-cold" \
    --case "hugo, the same 10,000 bodies, cold" \
      "hugo --quiet --source $DATA/hugo-site --destination $OUT/hugo-cold" "rm -rf $OUT/hugo-cold" \
    --case "cmark, the same bodies in one file" "cmark $DATA/md-10000.all.md"
  # The same three into tmpfs, when there is one with room: the output's file system drops out (on ext4,
  # Hugo's folder per page slows down from round to round once earlier trees were deleted).
  local shm=/dev/shm/boardgen-bench
  if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -gt 2000000 ]; then
    log "alternating: the same into tmpfs ($rounds rounds)"
    python3 scripts/bench-alternate.py --runs "$rounds" --json "$OUT/plain-tmpfs.json" \
      --case "boardgen build, 10,000 plain regulations, cold, into tmpfs" \
        "$BIN build --no-cache --content $plain --output $shm/plain-cold --today $TODAY" "rm -rf $shm/plain-cold" \
      --case "hugo, the same 10,000 bodies, cold, into tmpfs" \
        "hugo --quiet --source $DATA/hugo-site --destination $shm/hugo-cold" "rm -rf $shm/hugo-cold" \
      --case "cmark, the same bodies in one file" "cmark $DATA/md-10000.all.md"
    rm -rf "$shm"
  fi
  # Rebuilds of copies (they are edited): a line added at the end of one regulation's body before
  # every run, or its title changed (front matter: every page's inputs), or nothing.
  local site
  for site in plain big; do
    rm -rf "$OUT/edit-$site" && cp -R "$( [ $site = plain ] && echo "$plain" || echo "$big" )" "$OUT/edit-$site"
    local reg; reg=$(find "$OUT/edit-$site/regulations" -name '*.md' | LC_ALL=C sort | sed -n 5000p)
    cat > "$OUT/edit-body-$site.sh" <<EOF
#!/bin/sh
printf '\\nПравка %s.\\n' "\$(date +%s%N)" >> '$reg'
EOF
    cat > "$OUT/edit-title-$site.sh" <<EOF
#!/bin/sh
sed -i 's/^title: "\(.*\)"\$/title: "\\1 '"\$(date +%N)"'"/' '$reg'
EOF
    chmod +x "$OUT/edit-body-$site.sh" "$OUT/edit-title-$site.sh"
    rm -rf "$OUT/rebuild-$site" "$OUT/rebuild-nc-$site" "$OUT/.rebuild-$site".boardgen-*
  done
  log "alternating: rebuilds after one edit of a 10,000-page site ($rounds rounds)"
  local build="$BIN build --today $TODAY"
  python3 scripts/bench-alternate.py --runs "$rounds" --json "$OUT/rebuild.json" \
    --case "plain: one body edited, cache" \
      "$build --content $OUT/edit-plain --output $OUT/rebuild-plain" "$OUT/edit-body-plain.sh" \
    --case "plain: one body edited, --no-cache" \
      "$build --no-cache --content $OUT/edit-plain --output $OUT/rebuild-nc-plain" "$OUT/edit-body-plain.sh" \
    --case "plain: nothing changed, cache" "$build --content $OUT/edit-plain --output $OUT/rebuild-plain" \
    --case "plain: one title edited, cache" \
      "$build --content $OUT/edit-plain --output $OUT/rebuild-plain" "$OUT/edit-title-plain.sh" \
    --case "directives: one body edited, cache" \
      "$build --content $OUT/edit-big --output $OUT/rebuild-big" "$OUT/edit-body-big.sh"
  # The cached rebuild must equal a cold build of the same content, byte for byte.
  "$BIN" build --no-cache --content "$OUT/edit-big" --output "$OUT/verify-cold" --today "$TODAY" > /dev/null
  "$BIN" build --content "$OUT/edit-big" --output "$OUT/rebuild-big" --today "$TODAY" > /dev/null
  diff -r "$OUT/verify-cold" "$OUT/rebuild-big" > /dev/null || { echo "bench: cached rebuild differs from a cold build" >&2; exit 1; }
}
# `scripts/bench.sh alternating` runs only this part (and writes no report).
if [ "$MODE" = alternating ]; then alternating_bench; exit 0; fi

if [ "$MODE" != report ]; then
cut -d' ' -f1-3 /proc/loadavg > "$OUT/load-before.txt"

log "hyperfine: small cases ($RUNS runs)"
hyperfine --warmup 1 --runs "$RUNS" --style basic \
  --export-markdown "$OUT/small.md" --export-json "$OUT/small.json" \
  -n "boardgen build, 1 school (50 pages)" "$TV $MEM/build-1.txt $BIN build --no-cache --content $one --output $OUT/one --today $TODAY" \
  -n "boardgen check, 1 school (50 pages)" "$TV $MEM/check-1.txt $BIN check --content $one --today $TODAY" >&2

# check's floor: Gumbo alone parsing the pages of the 200 schools that build200 writes (hyperfine
# runs the commands in order, so they are there), as check parses every page it judges.
gcc -O2 scripts/gumbo-floor.c -o "$OUT/gumbo-floor" -lgumbo

log "hyperfine: 10,000-page cases ($BIG_RUNS runs)"
hyperfine --warmup 1 --runs "$BIG_RUNS" --style basic \
  --export-markdown "$OUT/big.md" --export-json "$OUT/big.json" \
  -n "boardgen build, 1 school × 10,000 pages" "$TV $MEM/build-big.txt $BIN build --no-cache --content $big --output $OUT/big --today $TODAY" \
  -n "boardgen check, 1 school × 10,000 pages" "$TV $MEM/check-big.txt $BIN check --content $big --today $TODAY" \
  -n "boardgen build, 200 schools × 50 pages (one process)" "$TV $MEM/build-200.txt $build200" \
  -n "gumbo alone, the 200 schools' pages (check's parser, one core)" "$OUT/gumbo-floor $OUT/schools-200" \
  -n "boardgen check, 200 schools × 50 pages (one process, no cache)" "$TV $MEM/check-200.txt $check200" \
  -n "hugo, 10,000 pages" "$TV $MEM/hugo.txt hugo --quiet --source $DATA/hugo-site" \
  -n "cmark, 10,000 bodies in one file" "$TV $MEM/cmark.txt cmark $DATA/md-10000.all.md" >&2

log "hyperfine: check of 200 schools with --cache ($RUNS runs; the warmup fills the cache)"
hyperfine --warmup 1 --runs "$RUNS" --style basic \
  --export-markdown "$OUT/cache.md" --export-json "$OUT/cache.json" \
  -n "boardgen check, 200 schools, --cache, nothing changed" "$TV $MEM/check-200-cached.txt $check200 --cache $OUT/check-cache" >&2
hyperfine --runs "$RUNS" --style basic --prepare "$OUT/touch.sh" \
  --export-markdown "$OUT/changed.md" --export-json "$OUT/changed.json" \
  -n "boardgen check, 200 schools, --cache, one school changed" "$TV $MEM/check-200-changed.txt $check200 --cache $OUT/check-cache" >&2
alternating_bench
serve_bench
cut -d' ' -f1-3 /proc/loadavg > "$OUT/load-after.txt"
fi
load_before=$(cat "$OUT/load-before.txt"); load_after=$(cat "$OUT/load-after.txt")

# --------------------------------------------------------------------------- peak memory
peak() { # the largest maximum resident set size (KB) in a /usr/bin/time -v log
  awk -F': ' '/Maximum resident set size/ { if ($2 + 0 > max) max = $2 + 0 } END { print max + 0 }' "$MEM/$1.txt"
}
mem_one_build=$(peak build-1); mem_one_check=$(peak check-1)
mem_big_build=$(peak build-big); mem_big_check=$(peak check-big)
mem_loop_build=$(peak build-200); mem_loop_check=$(peak check-200)
mem_cached_check=$(peak check-200-cached); mem_changed_check=$(peak check-200-changed)
mem_hugo=$(peak hugo); mem_cmark=$(peak cmark)

# --------------------------------------------------------------------------- report
md_bytes=$(du -sb "$DATA/md-10000" | cut -f1)
reg_bytes=$(find "$big/regulations" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
out_files=$(find "$OUT/big" -type f | wc -l)
out_bytes=$(du -sb "$OUT/big" | cut -f1)

export OUT DOC RUNS BIG_RUNS TODAY load_before load_after md_bytes reg_bytes out_files out_bytes \
  mem_one_build mem_one_check mem_big_build mem_big_check mem_loop_build mem_loop_check mem_hugo mem_cmark \
  mem_cached_check mem_changed_check
python3 - <<'PY'
import json, os, platform, re, subprocess, datetime
env = os.environ
out = env["OUT"]

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception as error:
        return f"({error})"

results = {}
for name in ("small", "big", "cache", "changed"):
    with open(f"{out}/{name}.json") as f:
        for r in json.load(f)["results"]:
            results[r["command"]] = r
def mean(prefix):
    return next(r["mean"] for c, r in results.items() if c.startswith(prefix))
build_big = mean("boardgen build, 1 school × 10,000")
check_big = mean("boardgen check, 1 school × 10,000")
build_loop = mean("boardgen build, 200 schools")
check_loop = mean("boardgen check, 200 schools × 50 pages (one process")
check_cached = mean("boardgen check, 200 schools, --cache, nothing")
check_changed = mean("boardgen check, 200 schools, --cache, one school")
hugo = mean("hugo")
cmark = mean("cmark")
gumbo = mean("gumbo alone")
build_one = mean("boardgen build, 1 school (50")

def cpu_time(prefix):
    r = next(r for c, r in results.items() if c.startswith(prefix))
    return r["user"] + r["system"]

def kb(v):
    return f"{int(v) / 1024:.0f} MiB"

cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
mem = re.search(r"MemTotal:\s*(\d+) kB", open("/proc/meminfo").read())
osname = re.search(r'PRETTY_NAME="([^"]*)"', open("/etc/os-release").read())
ratios = [
    ("boardgen build, 1 school × 10,000 pages / hugo", build_big / hugo),
    ("boardgen build, 1 school × 10,000 pages / cmark", build_big / cmark),
    ("boardgen build, 200 schools × 50 pages / hugo", build_loop / hugo),
    ("boardgen build, 200 schools × 50 pages / cmark", build_loop / cmark),
    ("boardgen check, 1 school × 10,000 pages / hugo", check_big / hugo),
    ("hugo / cmark", hugo / cmark),
    ("boardgen check, 200 schools × 50 pages / gumbo alone on their pages", check_loop / gumbo),
]
cpu_ratios = [
    ("boardgen build, 1 school × 10,000 pages / hugo", cpu_time("boardgen build, 1 school × 10,000") / cpu_time("hugo")),
    ("boardgen build, 1 school × 10,000 pages / cmark", cpu_time("boardgen build, 1 school × 10,000") / cpu_time("cmark")),
    ("boardgen build, 200 schools × 50 pages / hugo", cpu_time("boardgen build, 200 schools") / cpu_time("hugo")),
    ("boardgen check, 200 schools × 50 pages / gumbo alone on their pages",
     cpu_time("boardgen check, 200 schools × 50 pages (one process") / cpu_time("gumbo alone")),
]
for label, value in ratios:
    print(f"{label}: {value:.1f}x (wall clock)")
for label, value in cpu_ratios:
    print(f"{label}: {value:.1f}x (CPU time)")

doc = env["DOC"]
# Only the part between these markers is this run's; the text around it (the session notes, the
# profile) is written by hand and kept. A document without the markers is rewritten up to its
# profile section, as before the markers existed.
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
before, after = "# Performance\n\n", ""
if os.path.exists(doc):
    text = open(doc, encoding="utf-8").read()
    if BEGIN in text and END in text and text.index(BEGIN) < text.index(END):
        before, after = text[:text.index(BEGIN)], text[text.index(END) + len(END):]
    elif "<!-- profile -->" in text:
        after = "\n" + text[text.index("<!-- profile -->"):]

lines = []
add = lines.append
add(f"## The last `make bench` run ({datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')})")
add("")
add("Every figure in this section comes from that one run of `scripts/bench.sh` on one machine. `make bench` "
    "rewrites this section only; the session notes and the profile around it are kept.")
add("")
add("### Machine")
add("")
add(f"- CPUs: {os.cpu_count()} (`nproc`: {sh('nproc')}), {cpu.group(1) if cpu else 'unknown'}")
add(f"- Memory: {int(mem.group(1)) / 1024 / 1024:.1f} GiB")
add(f"- OS: {osname.group(1) if osname else platform.platform()}, kernel {platform.release()}")
add(f"- Swift: {sh('swift --version 2>&1 | head -1')}")
add(f"- boardgen: {env['REVISION']}")
add(f"- Hugo: {sh('hugo version')}")
add(f"- cmark: {sh('cmark --version | head -1')}")
add(f"- hyperfine: {sh('hyperfine --version')}")
add(f"- Load average (1, 5, 15 min) before the timings: {env['load_before']}; after: {env['load_after']}.")
add("")
add("The machine is a shared virtual machine: the same command varies by 10–20 % from run to run "
    "(file-system work most of all), so the ratios, measured in the same run, are the more reliable "
    "figures. boardgen was built with "
    f"`{env['BUILD_COMMAND']}`.")
add("")
add("### Data")
add("")
add("`scripts/bench-data.py` (seed 7) writes synthetic but realistic schools: 10 contact channels, "
    "20 consultants with weekly slots, a grid and a list timetable, two desks, the default board, and "
    "Russian regulations with front matter, numbered rules, nested lists, emphasis, directives "
    "(`contacts`, `timetable`, `person`, `desk`, `tell`, `deadlines`, `form`) and inline `[[contact ID]]`.")
add("")
add(f"- **1 school**: 50 regulations (`bench-data/schools-1`).")
add(f"- **200 schools × 50**: 10,000 regulations in 200 sites, each command in one process: "
    "`boardgen build --content schools/* --output out` (one output folder per school) and "
    "`boardgen check --content schools/*` without a cache, with a warm `--cache` and nothing changed, and with a "
    "warm cache after one school's regulation was edited (hyperfine `--prepare`).")
add(f"- **1 school × 10,000**: one site with 10,000 regulations ({int(env['reg_bytes']) / 1e6:.1f} MB of Markdown): "
    f"the per-page throughput case. Its output: {int(env['out_files']):,} files, {int(env['out_bytes']) / 1e6:.0f} MB.")
add(f"- **Hugo and cmark** get the same 10,000 bodies with every directive and marker replaced by plain Markdown "
    f"({int(env['md_bytes']) / 1e6:.1f} MB; `--markdown-only`). Hugo {sh('hugo version').split()[1] if sh('hugo version') else ''} "
    "builds them with one layout that prints `{{ .Content }}` in an HTML shell, all other page kinds disabled; "
    "cmark renders them concatenated into one file (the floor: parsing and rendering only).")
add("")
add("boardgen does more per page than Hugo here: it loads and validates YAML, renders the directives "
    "from the data, renders the full page template (navigation, approval block, audiences), writes the "
    "site's other pages, calendar feeds and the notice board, and swaps the output folder atomically "
    "(a new folder each time; files that did not change are hard-linked from the previous output). "
    "These builds run with `--no-cache`, so every page is rendered in every run; the build cache is "
    "measured on its own below (rebuild after one edit).")
add("")
def load_cases(name):
    path = f"{out}/{name}.json"
    if not os.path.exists(path):
        return None
    with open(path) as f:
        data = json.load(f)
    return data["runs"], {c["name"]: c for c in data["cases"]}

def serve_result(name):
    path = f"{out}/{name}.json"
    return json.load(open(path)) if os.path.exists(path) else None

plain = load_cases("plain")
plain_tmpfs = load_cases("plain-tmpfs")
rebuild = load_cases("rebuild")
issue17 = []  # (target, measured, met)
if plain:
    rounds, cases = plain
    b = cases["boardgen build, 10,000 plain regulations, cold"]
    h = cases["hugo, the same 10,000 bodies, cold"]
    c = cases["cmark, the same bodies in one file"]
    add("### Like for like: plain regulations, Hugo and cmark (issue 17)")
    add("")
    add(f"The same 10,000 bodies, byte for byte: boardgen gets them as regulations (front matter with title, "
        f"order, audiences and an approval block; `bench-data.py --plain`, no directive, no inline marker), Hugo "
        f"as content files, cmark as one concatenated file. Cold builds into new empty folders, boardgen with "
        f"`--no-cache`. Timed side by side by `scripts/bench-alternate.py`: {rounds} rounds after a warmup round, "
        f"each command once per round, so the machine's load hits them alike; medians of each.")
    add("")
    add("| command | median wall | min – max | median CPU (user + sys) | peak RSS |")
    add("|:---|---:|---:|---:|---:|")
    for case in (b, h, c):
        add(f"| {case['name']} | {case['median']:.3f} s | {case['min']:.2f} – {case['max']:.2f} s | "
            f"{case['cpu_median']:.2f} s | {case['peak_kb'] / 1024:.0f} MiB |")
    add("")
    add("| ratio (medians of the same run) | wall | CPU |")
    add("|:---|---:|---:|")
    add(f"| boardgen / Hugo | {b['median'] / h['median']:.2f} | {b['cpu_median'] / h['cpu_median']:.2f} |")
    add(f"| boardgen / cmark | {b['median'] / c['median']:.2f} | {b['cpu_median'] / c['cpu_median']:.2f} |")
    add(f"| Hugo / cmark | {h['median'] / c['median']:.2f} | {h['cpu_median'] / c['cpu_median']:.2f} |")
    add("")
    if plain_tmpfs:
        tb, th, tc = plain_tmpfs[1].values()
        add(f"The same three with the outputs in tmpfs (`/dev/shm`; the output's file system drops out: on ext4 "
            f"Hugo, which writes a folder per page, slows down from round to round once earlier trees were "
            f"deleted), {plain_tmpfs[0]} alternating rounds:")
        add("")
        add("| command | median wall | min – max | median CPU (user + sys) | peak RSS |")
        add("|:---|---:|---:|---:|---:|")
        for case in (tb, th, tc):
            add(f"| {case['name']} | {case['median']:.3f} s | {case['min']:.2f} – {case['max']:.2f} s | "
                f"{case['cpu_median']:.2f} s | {case['peak_kb'] / 1024:.0f} MiB |")
        add("")
        add(f"Ratios into tmpfs: boardgen / Hugo {tb['median'] / th['median']:.2f} (CPU "
            f"{tb['cpu_median'] / th['cpu_median']:.2f}), boardgen / cmark {tb['median'] / tc['median']:.2f}.")
        add("")
    issue17 += [
        ("cold build of the plain 10,000 pages ≤ 0.5 of Hugo's time (moonshot 0.25)", f"{b['median'] / h['median']:.2f}",
         b["median"] / h["median"] <= 0.5),
        ("cold build of the plain 10,000 pages ≤ 3 × the cmark floor (moonshot 2)", f"{b['median'] / c['median']:.1f}",
         b["median"] / c["median"] <= 3),
    ]
    if plain_tmpfs:
        tb, th, tc = plain_tmpfs[1].values()
        issue17.append(("the same, outputs in tmpfs: ≤ 0.5 of Hugo's time", f"{tb['median'] / th['median']:.2f}",
                        tb["median"] / th["median"] <= 0.5))
if rebuild:
    rounds, cases = rebuild
    add("### Rebuild after one edit of a 10,000-page site (issue 17)")
    add("")
    add(f"Copies of the plain site and of the site with directives; before every run the prepare step adds a "
        f"line at the end of one regulation's body (or changes its title: front matter, which the navigation and "
        f"index of every page may show, so every page is rendered again), untimed. The output folder holds the "
        f"previous run's build, as after any edit; the build cache (`.<output>.boardgen-cache` next to it) is on "
        f"unless `--no-cache`. {rounds} alternating rounds, medians.")
    add("")
    add("| case | median wall | min – max | median CPU | peak RSS |")
    add("|:---|---:|---:|---:|---:|")
    for case in cases.values():
        add(f"| {case['name']} | {case['median']:.3f} s | {case['min']:.2f} – {case['max']:.2f} s | "
            f"{case['cpu_median']:.2f} s | {case['peak_kb'] / 1024:.0f} MiB |")
    add("")
    cached = cases["plain: one body edited, cache"]["median"]
    uncached = cases["plain: one body edited, --no-cache"]["median"]
    add(f"With the cache a rebuild after one body edit takes {cached / uncached:.2f} of the time without it "
        f"(plain site); the cached rebuild's output was compared with a cold build of the same content: identical.")
    add("")
    issue17.append(("rebuild after one edited page of the 10,000-page site ≤ 0.2 s", f"{cached:.2f} s", cached <= 0.2))
serve_regulation = serve_result("serve-school-regulation")
serve_contacts = serve_result("serve-school")
if serve_regulation:
    issue17.append(("`serve` edit-to-visible ≤ 50 ms for a school (one regulation edited)",
                    f"{serve_regulation['median_ms']:.0f} ms", serve_regulation["median_ms"] <= 50))
if serve_contacts:
    issue17.append(("`serve` edit-to-visible ≤ 50 ms for a school (contacts.yaml edited: every page)",
                    f"{serve_contacts['median_ms']:.0f} ms", serve_contacts["median_ms"] <= 50))
issue17.append(("cold `check` of 200 schools ≤ 2 s", f"{check_loop:.2f} s", check_loop <= 2))
peak_all = max([int(env[k]) for k in ("mem_big_build", "mem_big_check", "mem_loop_build", "mem_loop_check")]
               + [c["peak_kb"] for data in (plain, rebuild) if data for n, c in data[1].items()
                  if n.startswith(("boardgen", "plain", "directives"))]) / 1024
issue17.append(("peak memory under 300 MB everywhere (boardgen)", f"{peak_all:.0f} MiB", peak_all < 300))
add("### Targets (issue 17)")
add("")
add("| target | measured | |")
add("|:---|---:|:---|")
for label, value, met in issue17:
    add(f"| {label} | {value} | {'met' if met else '**missed**'} |")
add("")
add(f"### Timings (hyperfine, warmup 1; {env['RUNS']} runs for the 1-school cases, {env['BIG_RUNS']} for the 10,000-page cases)")
add("")
add(open(f"{out}/small.md").read().strip())
add("")
add(open(f"{out}/big.md").read().strip())
add("")
add(open(f"{out}/cache.md").read().strip())
add("")
add(open(f"{out}/changed.md").read().strip())
add("")
add(f"Throughput: {10000 / build_big:,.0f} pages/s (boardgen build, one site with 10,000 pages), "
    f"{10000 / build_loop:,.0f} pages/s (200 sites, {build_loop / 200 * 1000:.0f} ms per site), "
    f"{10000 / hugo:,.0f} pages/s (Hugo), {10000 / cmark:,.0f} bodies/s (cmark). "
    f"One 50-page school builds in {build_one * 1000:.0f} ms.")
add("")
peak_mb = max(int(env[k]) for k in ("mem_big_build", "mem_big_check", "mem_loop_build", "mem_loop_check")) / 1024
targets = [
    ("build of 10,000 pages at least 4× faster than Hugo (ratio ≤ 0.25)", f"{build_big / hugo:.2f}", build_big / hugo <= 0.25),
    ("build of 10,000 pages within 2× of the cmark floor (ratio ≤ 2)", f"{build_big / cmark:.1f}", build_big / cmark <= 2),
    ("check of 200 schools under 1 s, no cache", f"{check_loop:.2f} s", check_loop < 1),
    ("check of 200 schools under 1 s, warm --cache, nothing changed", f"{check_cached:.2f} s", check_cached < 1),
    ("check of 200 schools under 1 s, warm --cache, one school changed", f"{check_changed:.2f} s", check_changed < 1),
    ("peak memory under 300 MB (10,000 pages: one site or 200 schools, build and check)", f"{peak_mb:.0f} MiB", peak_mb < 300),
]
add("### Targets (issue 7)")
add("")
add("| target | measured | |")
add("|:---|---:|:---|")
for label, value, met in targets:
    add(f"| {label} | {value} | {'met' if met else '**missed**'} |")
add("")
add("### Ratios")
add("")
add("Wall clock (hyperfine means), the numbers a user waits for:")
add("")
add("| comparison | ratio |")
add("|:---|---:|")
for label, value in ratios:
    add(f"| {label} | {value:.1f}× |")
add("")
add("CPU time (user + system, hyperfine means): less sensitive to the other jobs on the machine; "
    "both Hugo and boardgen use every core.")
add("")
add("| comparison | ratio |")
add("|:---|---:|")
for label, value in cpu_ratios:
    add(f"| {label} | {value:.1f}× |")
add("")
add("| case | mean wall | mean user + system |")
add("|:---|---:|---:|")
for command, r in results.items():
    add(f"| {command} | {r['mean']:.3f} s | {r['user'] + r['system']:.3f} s |")
add("")
serve_rows = []
for name in ("serve-school", "serve-school-regulation", "serve-starter"):
    path = f"{out}/{name}.json"
    if os.path.exists(path):
        with open(path) as f:
            serve_rows.append(json.load(f))
if serve_rows:
    add("### boardgen serve: edit to visible (issue 15)")
    add("")
    add("From a file write (saved by rename, as editors do) to the new page served, through the page's "
        "reload event (scripts/bench-serve.py; edits 250 ms apart): a channel renamed in contacts.yaml "
        "(site-wide data: every page is rendered again), or a line changed in one regulation (with the "
        "build cache that `serve` keeps in memory, only that page is rendered). The reload event goes out "
        "as soon as the new pages are in; the check's findings follow in a second event.")
    add("")
    add("| site | file edited | edits | median | 90th percentile | min | max |")
    add("|:---|:---|---:|---:|---:|---:|---:|")
    for r in serve_rows:
        add(f"| {r['label']} | {'one regulation' if r.get('edit') == 'regulation' else 'contacts.yaml'} | "
            f"{r['edits']} | {r['median_ms']:.0f} ms | {r['p90_ms']:.0f} ms | {r['min_ms']:.0f} ms | {r['max_ms']:.0f} ms |")
    add("")
add("### Peak memory (`/usr/bin/time -v`, maximum resident set size)")
add("")
add("Measured during the timed runs above (`/usr/bin/time -v` wraps each command); the largest value over all runs.")
add("")
add("| run | peak RSS |")
add("|:---|---:|")
add(f"| boardgen build, 1 school (50 pages) | {kb(env['mem_one_build'])} |")
add(f"| boardgen check, 1 school (50 pages) | {kb(env['mem_one_check'])} |")
add(f"| boardgen build, 1 school × 10,000 pages | {kb(env['mem_big_build'])} |")
add(f"| boardgen check, 1 school × 10,000 pages | {kb(env['mem_big_check'])} |")
add(f"| boardgen build, 200 schools × 50 pages (one process) | {kb(env['mem_loop_build'])} |")
add(f"| boardgen check, 200 schools × 50 pages (one process, no cache) | {kb(env['mem_loop_check'])} |")
add(f"| boardgen check, 200 schools, --cache, nothing changed | {kb(env['mem_cached_check'])} |")
add(f"| boardgen check, 200 schools, --cache, one school changed | {kb(env['mem_changed_check'])} |")
add(f"| hugo, 10,000 pages | {kb(env['mem_hugo'])} |")
add(f"| cmark, 10,000 bodies | {kb(env['mem_cmark'])} |")
add("")
if not after:
    after = "\n\n<!-- profile -->\n## Profile\n\nRun `scripts/bench.sh profile` and summarise the top functions here.\n"
text = before + BEGIN + "\n" + "\n".join(lines) + "\n" + END + after
with open(doc, "w", encoding="utf-8") as f:
    f.write(text)
print(f"wrote {doc}")
PY
