#!/usr/bin/env bash
# bench/run.sh: our generator against Hugo, side by side, on the same synthetic entries.
#
# Usage: bench/run.sh [--sizes real,1000,10000] [--runs 3] [--steps] [--edits 20] [--keep] [--smoke] [--no-rebuilds]
#   --sizes   comma-separated: 'real' (this project's content/; Hugo has no twin of it, so n/a) and/or
#             entry counts for the synthetic corpus (default: real,1000,10000)
#   --runs    builds per generator and size, alternating ours and Hugo (default: 3)
#   --steps   after the timed runs, one more (untimed) build of ours per size with --verbose, whose
#             pipeline step timings are printed and added to the report
#   --edits   with 'real' among the sizes: how many summary edits the serve benchmark makes (default 20;
#             0 skips it). It starts 'serve' on a copy of content/, edits one entry's body that many
#             times and reports how soon the new page is served (org.explainer.bench.ServeLatency)
#   --keep    keep the temporary folder (corpora, logs) and print where it is
#   --smoke   for CI: a 200-entry corpus and 3 serve edits, one build each; exit 1 if our build or
#             serve fails (a Hugo failure is reported, not fatal); the report goes to bench/results/smoke.md
#   --no-rebuilds  skip the rebuild benchmark (issue 27's targets, below)
#
# What it does:
#   1. installs Debian's hugo (apt-get install -y hugo) and GNU time when missing;
#   2. builds our jar once (mvn -q -B -DskipTests package; this also compiles the corpus generator);
#   3. writes each synthetic corpus with org.explainer.bench.SyntheticCorpus (seeded, so the same
#      entries every time) into a temporary folder: <tmp>/corpus-N/content for us, <tmp>/corpus-N/hugo
#      for Hugo;
#   4. for each size, alternates ours and Hugo --runs times each, each build into a fresh output folder
#      in the same temporary folder (same file system as the corpus; set TMPDIR=/dev/shm for tmpfs, as
#      in the Hugo figures quoted in issue 7), timed by
#      /usr/bin/time -f '%e %U %S %M' (wall s, user s, system s, peak RSS KiB);
#   5. for each synthetic size, the rebuilds (on a copy of the corpus and the templates, --runs times each):
#      a clean build (--no-cache) into a folder that holds the previous build, each paired with one into an
#      empty folder (alternately before and after it; the ratio is the median of the pairs'); with the build cache, a
#      build with nothing changed, one with one entry's body edited, and one with article.ftlh (used by
#      every entry page) edited; the cache's size beside the output's; each against issue 27's target;
#   6. prints per size the medians (wall, CPU = user + system, peak RSS) and ours/Hugo, and writes them
#      as Markdown to bench/results/latest.md.
#
# Ours:  ./explainer build --no-cache --content C --templates T --output O (cold: no build cache, so
#        every run draws every share card, as a first build does)
#        The launcher itself, so its JVM flags and its class-data-sharing archive are measured as a
#        user gets them (its own bash costs a few ms).
# Hugo:  hugo --source H --destination O --quiet
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
sizes="real,1000,10000"
runs=3
smoke=false
keep=false
steps=false
edits=20
rebuilds=true

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) [ $# -ge 2 ] || usage; sizes="$2"; shift 2 ;;
    --sizes=*) sizes="${1#*=}"; shift ;;
    --runs) [ $# -ge 2 ] || usage; runs="$2"; shift 2 ;;
    --runs=*) runs="${1#*=}"; shift ;;
    --smoke) smoke=true; shift ;;
    --keep) keep=true; shift ;;
    --steps) steps=true; shift ;;
    --edits) [ $# -ge 2 ] || usage; edits="$2"; shift 2 ;;
    --edits=*) edits="${1#*=}"; shift ;;
    --no-rebuilds) rebuilds=false; shift ;;
    -h|--help) usage ;;
    *) echo "run.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
if $smoke; then
  sizes="200,real"
  runs=1
  edits=3
fi
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs needs a positive number, not '$runs'" >&2; exit 2; }
[[ "$edits" == 0 || "$edits" =~ ^([2-9]|[1-9][0-9]+)$ ]] || { echo "run.sh: --edits needs 0 or a number from 2, not '$edits'" >&2; exit 2; }
IFS=',' read -r -a size_list <<<"$sizes"
for size in "${size_list[@]}"; do
  [[ "$size" == real || "$size" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: a size is 'real' or a number of entries, not '$size'" >&2; exit 2; }
done

log() { printf '%s\n' "$*" >&2; }

# ---- tools -------------------------------------------------------------------------------------------
apt_install() {
  local sudo=()
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo=(sudo)
  log "run.sh: installing $* with apt-get…"
  "${sudo[@]}" apt-get install -y -q "$@" >/dev/null 2>&1 \
    || { "${sudo[@]}" apt-get update -q >/dev/null 2>&1 && "${sudo[@]}" apt-get install -y -q "$@" >/dev/null 2>&1; }
}

if [ ! -x /usr/bin/time ]; then
  apt_install time || { log "run.sh: GNU time (/usr/bin/time) is needed; install the 'time' package"; exit 2; }
fi
have_hugo=true
if ! command -v hugo >/dev/null 2>&1; then
  apt_install hugo || true
  if ! command -v hugo >/dev/null 2>&1; then
    log "run.sh: warning: hugo is not installed and could not be installed; its columns will say n/a"
    have_hugo=false
  fi
fi

# ---- our jar and the launcher's JVM flags --------------------------------------------------------
log "run.sh: building target/explainer.jar (mvn -q -B -DskipTests package)…"
(cd "$home" && mvn -q -B -DskipTests package)
jar="$home/target/explainer.jar"
launcher="$home/explainer"

# let the launcher record its class-data-sharing archive for the jar just built, as a user's first run does
"$launcher" --version >/dev/null 2>&1 || true
ours_cmd=("$launcher" build --no-cache)
log "run.sh: ours = ${ours_cmd[*]} --content C --templates $home/templates --output O"

# ---- corpora -------------------------------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/explainer-bench.XXXXXX")"
cleanup() {
  if $keep; then log "run.sh: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

for size in "${size_list[@]}"; do
  [ "$size" = real ] && continue
  [ -d "$work/corpus-$size" ] && continue
  java -cp "$home/target/test-classes" org.explainer.bench.SyntheticCorpus --entries "$size" --out "$work/corpus-$size" >&2
done

# ---- runs ----------------------------------------------------------------------------------------
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
# other work on the machine skews every figure: say how busy it was
load_before="$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')"
if awk -v l="${load_before%% *}" 'BEGIN { exit !(l + 0 > 0.5) }' 2>/dev/null; then
  log "run.sh: warning: the load average is $load_before before the runs; other work will skew the figures"
fi
# run_one NAME OUTPUT_DIR LOG COMMAND…: times one build; appends "wall cpu rss_kib" to $work/NAME.times
run_one() {
  local name="$1" out="$2" logfile="$3"
  shift 3
  rm -rf "$out"
  local timing="$work/time.$$"
  local status=0
  /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" >"$logfile" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    return "$status"
  fi
  # GNU time writes its figures on the last line (after a "Command exited…" line on failure)
  tail -n 1 "$timing" | awk '{ printf "%.3f %.3f %d\n", $1, $2 + $3, $4 }' >>"$work/$name.times"
  local files
  files="$(find "$out" -type f | wc -l | tr -d ' ')"
  echo "$files" >"$work/$name.files"
  rm -rf "$out"
}

# median COLUMN FILE: the median of a column (1 wall, 2 CPU, 3 RSS KiB)
median() {
  sort -g -k "$1,$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f×\n", a / b }'; }
secs() { [ -n "$1" ] && printf '%.2f' "$1" || printf '%s' "${2:-n/a}"; }
mib() { [ -n "$1" ] && awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }' || printf '%s' "${2:-n/a}"; }

ours_failed=false
declare -A result
for size in "${size_list[@]}"; do
  if [ "$size" = real ]; then
    content="$home/content"
    hugo_src=""
    label="real site ($(find "$home/content/articles" -name '*.md' | wc -l | tr -d ' ') entries)"
  else
    content="$work/corpus-$size/content"
    hugo_src="$work/corpus-$size/hugo"
    label="$size entries"
  fi
  log "run.sh: $label: $runs run(s) each, alternating…"
  for run in $(seq 1 "$runs"); do
    out="$work/out-ours-$size-$run"
    if ! run_one "ours-$size" "$out" "$work/ours-$size-$run.log" \
        "${ours_cmd[@]}" --content "$content" --templates "$home/templates" --output "$out"; then
      log "run.sh: our build of $label failed (run $run):"
      cat "$work/ours-$size-$run.log" >&2
      ours_failed=true
      result[ours,$size,failed]=yes
    fi
    if [ -n "$hugo_src" ] && $have_hugo; then
      out="$work/out-hugo-$size-$run"
      if ! run_one "hugo-$size" "$out" "$work/hugo-$size-$run.log" hugo --source "$hugo_src" --destination "$out" --quiet; then
        log "run.sh: Hugo's build of $label failed (run $run):"
        cat "$work/hugo-$size-$run.log" >&2
        $smoke || exit 1
      fi
    fi
    $ours_failed && break # Hugo's figures for this size are still reported
  done
  # the real site's provenance step needs the source captures (../shared/seeds); without them the build
  # skips it and is faster, so its time cannot be compared with a run that had them
  if [ "$size" = real ] && grep -q "not checked against the source captures" "$work/ours-$size-1.log" 2>/dev/null; then
    log "run.sh: warning: the real site's source captures were not found, so its provenance step was skipped;"
    log "run.sh:          its time is not comparable with a run that checks them (see docs/performance.md)"
    result[ours,$size,noprovenance]=yes
  fi
  for gen in ours hugo; do
    f="$work/$gen-$size.times"
    for col in 1 2 3; do
      result[$gen,$size,$col]="$( [ -s "$f" ] && median "$col" "$f" || true)"
    done
    result[$gen,$size,files]="$(cat "$work/$gen-$size.files" 2>/dev/null || true)"
  done
  if $steps && ! $ours_failed; then
    out="$work/out-steps-$size"
    if "${ours_cmd[@]}" --content "$content" --templates "$home/templates" --output "$out" --verbose >"$work/steps-$size.log" 2>&1; then
      result[steps,$size]="$(grep -E '^  [a-z].* ms$' "$work/steps-$size.log" || true)"
    fi
    rm -rf "$out"
  fi
  $ours_failed && break
done

# ---- rebuilds: issue 27's targets ------------------------------------------------------------------
# rb_time NAME COMMAND…: times one build (the output folder is kept); appends "wall cpu rss_kib" to $work/NAME.times
rb_time() {
  local name="$1"
  shift
  local timing="$work/time.$$"
  /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; return 1; }
  tail -n 1 "$timing" | awk '{ printf "%.3f %.3f %d\n", $1, $2 + $3, $4 }' >>"$work/$name.times"
}
if $rebuilds && ! $ours_failed; then
  for size in "${size_list[@]}"; do
    [ "$size" = real ] && continue
    rb="$work/rebuild-$size"
    log "run.sh: $size entries: rebuilds on a copy, $runs run(s) each…"
    mkdir -p "$rb"
    cp -R "$work/corpus-$size/content" "$rb/content"
    cp -R "$home/templates" "$rb/templates"
    cmd=("$launcher" build --content "$rb/content" --templates "$rb/templates" --output "$rb/site")
    empty_cmd=("$launcher" build --content "$rb/content" --templates "$rb/templates" --output "$rb/empty")
    "${cmd[@]}" --no-cache >/dev/null 2>&1 || { log "run.sh: the rebuild benchmark's first build failed"; ours_failed=true; break; }
    # each clean build into the previous output is paired with one into an empty folder just before or
    # after it (alternately), so that the ratio is not the machine's drift between two sets of runs; the
    # empty folder's removal is outside the timed window
    for run in $(seq 1 "$runs"); do
      rm -rf "$rb/empty"
      if [ $((run % 2)) -eq 1 ]; then
        rb_time "rb-empty-$size" "${empty_cmd[@]}" --no-cache || { ours_failed=true; break; }
        rb_time "rb-existing-$size" "${cmd[@]}" --no-cache || { ours_failed=true; break; }
      else
        rb_time "rb-existing-$size" "${cmd[@]}" --no-cache || { ours_failed=true; break; }
        rb_time "rb-empty-$size" "${empty_cmd[@]}" --no-cache || { ours_failed=true; break; }
      fi
    done
    rm -rf "$rb/empty"
    # the median of the pairs' ratios (existing / empty)
    result[rb,pairs,$size]="$(paste "$work/rb-existing-$size.times" "$work/rb-empty-$size.times" 2>/dev/null \
      | awk '$4 > 0 { printf "%.4f\n", $1 / $4 }' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
    "${cmd[@]}" --cache "$rb/cache" >/dev/null 2>&1 # fills the cache
    entry="$(find "$rb/content/articles" -name '*.md' | sort | awk 'NR == 1')"
    for run in $(seq 1 "$runs"); do
      rb_time "rb-nochange-$size" "${cmd[@]}" --cache "$rb/cache" || { ours_failed=true; break; }
      printf '\nA sentence the benchmark added to the body, run %s.\n' "$run" >>"$entry"
      rb_time "rb-body-$size" "${cmd[@]}" --cache "$rb/cache" || { ours_failed=true; break; }
      printf '<!-- the benchmark edited this template, run %s -->\n' "$run" >>"$rb/templates/article.ftlh"
      rb_time "rb-template-$size" "${cmd[@]}" --cache "$rb/cache" || { ours_failed=true; break; }
    done
    for name in existing empty nochange body template; do
      for col in 1 3; do
        result[rb,$name,$size,$col]="$( [ -s "$work/rb-$name-$size.times" ] && median "$col" "$work/rb-$name-$size.times" || true)"
      done
    done
    result[rb,cache,$size]="$(du -sk "$rb/cache" | cut -f 1)"
    result[rb,site,$size]="$(du -sk "$rb/site" | cut -f 1)"
    rm -rf "$rb"
  done
fi

# ---- serve: how soon an edited summary is served --------------------------------------------------
serve_line=""
if [[ ",$sizes," == *",real,"* ]] && [ "$edits" != 0 ] && ! $ours_failed; then
  log "run.sh: serve: $edits summary edits on a copy of content/…"
  serve_sources=()
  [ -d "$home/../shared/seeds" ] && serve_sources=(--sources "$(cd "$home/../shared/seeds" && pwd)")
  serve_cmd=("$launcher")
  if java -cp "$home/target/test-classes" org.explainer.bench.ServeLatency --content "$home/content" --templates "$home/templates" \
      "${serve_sources[@]}" --edits "$edits" -- "${serve_cmd[@]}" >"$work/serve.log" 2>&1; then
    serve_line="$(grep '^| serve' "$work/serve.log" || true)"
  else
    log "run.sh: the serve benchmark failed:"
    cat "$work/serve.log" >&2
    ours_failed=true
  fi
fi

# ---- report --------------------------------------------------------------------------------------
commit="$(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ "$commit" != unknown ] && [ -n "$(git -C "$home" status --porcelain -- src/main templates explainer 2>/dev/null)" ]; then
  commit="$commit + uncommitted changes to src/main, templates or the launcher"
fi
hugo_version="$($have_hugo && hugo version 2>/dev/null | awk '{ print $2 }' || echo none)"
java_version="$(java -version 2>&1 | head -n 1)"
fs_type="$( (findmnt -n -o FSTYPE -T "$work" 2>/dev/null || stat -f -c %T "$work" 2>/dev/null || echo '?') | head -n 1)"
memory="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo '?')"

# figures SIZE: sets o1..o3 / h1..h3 (medians of wall, CPU, RSS; empty when not measured) and f ('failed'
# when our build failed); false when there is nothing to show for SIZE
figures() {
  o1="${result[ours,$1,1]:-}"; o2="${result[ours,$1,2]:-}"; o3="${result[ours,$1,3]:-}"
  h1="${result[hugo,$1,1]:-}"; h2="${result[hugo,$1,2]:-}"; h3="${result[hugo,$1,3]:-}"
  f="${result[ours,$1,failed]:+failed}"
  if [ -n "$f" ]; then o1=""; o2=""; o3=""; fi
  [ -n "$o1$h1$f" ]
}

report="$(mktemp)"
{
  echo "Measured $started by \`bench/run.sh --sizes $sizes --runs $runs\`$($smoke && echo ' (--smoke)') at commit $commit;"
  echo "$(nproc) cores, $memory; $java_version; Hugo $hugo_version; load average before the runs $load_before."
  echo "Median of $runs alternated run(s) per generator and size, each into a fresh output folder; corpora and outputs in ${work%/*} ($fs_type)."
  shown_cmd="${ours_cmd[*]}"
  echo "Ours: \`${shown_cmd//$home/.} --content C --templates templates --output O\`; Hugo: \`hugo --source H --destination O --quiet\`."
  echo
  echo "| size | wall s ours | wall s Hugo | wall ours/Hugo | CPU s ours | CPU s Hugo | CPU ours/Hugo | peak RSS MiB ours | peak RSS MiB Hugo | RSS ours/Hugo | files ours / Hugo |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for size in "${size_list[@]}"; do
    figures "$size" || continue
    name="$size"; [ "$size" = real ] && name="real site ($(find "$home/content/articles" -name '*.md' | wc -l | tr -d ' ') entries)"
    echo "| $name | $(secs "$o1" "$f") | $(secs "$h1") | $(ratio "$o1" "$h1") | $(secs "$o2" "$f") | $(secs "$h2") | $(ratio "$o2" "$h2") | $(mib "$o3" "$f") | $(mib "$h3") | $(ratio "$o3" "$h3") | ${result[ours,$size,files]:-n/a} / ${result[hugo,$size,files]:-n/a} |"
  done
  if $rebuilds; then
    for size in "${size_list[@]}"; do
      [ "$size" = real ] && continue
      [ -n "${result[rb,existing,$size,1]:-}" ] || continue
      clean="${result[ours,$size,1]:-}"
      echo
      echo "Rebuilds at $size entries (issue 27), median of $runs; \"clean\" is the cold build above (--no-cache, empty output folder):"
      echo
      echo "| rebuild | wall s | peak RSS MiB | target | met |"
      echo "| --- | ---: | ---: | --- | --- |"
      row() { # NAME LABEL LIMIT_S TARGET_TEXT
        local w="${result[rb,$1,$size,1]:-}" m="${result[rb,$1,$size,3]:-}"
        local met; met="$(awk -v w="$w" -v l="$3" 'BEGIN { if (w == "" || l == "") print "n/a"; else print (w + 0 <= l + 0 ? "yes" : "no") }')"
        echo "| $2 | $(secs "$w") | $(mib "$m") | $4 | $met |"
      }
      pairs="${result[rb,pairs,$size]:-}"
      # (met when the pairs' median ratio is at most 1.05: the limit row() compares the median with is that ratio's)
      row existing "clean build into the previous output (--no-cache)" "$(awk -v c="$clean" -v p="$pairs" -v w="${result[rb,existing,$size,1]:-}" 'BEGIN { if (p != "" && w != "") printf "%.3f", w * 1.05 / p; else if (c != "") printf "%.3f", c * 1.05 }')" \
        "≤ 1.05× clean: $(awk -v p="$pairs" 'BEGIN { if (p == "") print "n/a"; else printf "%.2f×", p }') paired with as many into an empty folder (median $(secs "${result[rb,empty,$size,1]:-}") s); $(ratio "${result[rb,existing,$size,1]:-}" "$clean") of the cold build above"
      row nochange "nothing changed (cache)" 1.0 "≤ 1.0 s"
      row body "one entry's body edited (cache)" 1.5 "≤ 1.5 s"
      row template "article.ftlh edited (cache)" "$(awk -v c="$clean" 'BEGIN { if (c != "") printf "%.3f", c * 0.8 }')" "≤ 0.8× clean: $(ratio "${result[rb,template,$size,1]:-}" "$clean")"
      echo
      echo "Cache $(mib "${result[rb,cache,$size]:-}") MiB beside an output of $(mib "${result[rb,site,$size]:-}") MiB ($(ratio "${result[rb,cache,$size]:-}" "${result[rb,site,$size]:-}"); target ≤ 2×). Peak RSS of the clean build: $(mib "${result[ours,$size,3]:-}") MiB."
    done
  fi
  if [ -n "${result[ours,real,noprovenance]:-}" ]; then
    echo
    echo "The real site was built without its source captures (no ../shared/seeds next to the project), so its provenance step was skipped and its time is lower than a full build's."
  fi
  if [ -n "$serve_line" ]; then
    echo
    echo "Serve (real site; 'seen' is the watcher's event, so the 10 ms debounce is included; 'from the write' adds the watcher and one HTTP request):"
    echo
    echo "| serve benchmark | first edit | later edits, median | later edits, worst |"
    echo "| --- | --- | --- | --- |"
    echo "$serve_line"
  fi
  if $steps; then
    for size in "${size_list[@]}"; do
      [ -n "${result[steps,$size]:-}" ] || continue
      echo
      echo "Our pipeline steps at size $size (one extra \`build --verbose\`, untimed by /usr/bin/time):"
      echo
      echo '```'
      echo "${result[steps,$size]}"
      echo '```'
    done
  fi
} >"$report"

# the table for the terminal
for size in "${size_list[@]}"; do
  figures "$size" || continue
  printf '\n%s\n' "== $size =="
  printf '%-10s %10s %10s %14s\n' "" "wall s" "CPU s" "peak RSS MiB"
  printf '%-10s %10s %10s %14s\n' ours "$(secs "$o1" "$f")" "$(secs "$o2" "$f")" "$(mib "$o3" "$f")"
  printf '%-10s %10s %10s %14s\n' Hugo "$(secs "$h1")" "$(secs "$h2")" "$(mib "$h3")"
  printf '%-10s %10s %10s %14s\n' ours/Hugo "$(ratio "$o1" "$h1")" "$(ratio "$o2" "$h2")" "$(ratio "$o3" "$h3")"
done
if [ -n "$serve_line" ]; then
  printf '\n%s\n' "== serve ($edits summary edits, real site) =="
  grep '^edit' "$work/serve.log" || true
  echo "$serve_line"
fi
if $steps; then
  for size in "${size_list[@]}"; do
    [ -n "${result[steps,$size]:-}" ] || continue
    printf '\n%s\n%s\n' "steps at $size:" "${result[steps,$size]}"
  done
fi
echo

mkdir -p "$home/bench/results"
target="$home/bench/results/latest.md"
$smoke && target="$home/bench/results/smoke.md"
cat "$report" >"$target"
rm -f "$report"
log "run.sh: wrote ${target#$home/}"

if $ours_failed; then
  exit 1
fi
