#!/usr/bin/env bash
# Fuzzes each Jazzer fuzz test for a fixed time, one after another (not in parallel: each takes a core).
#
#   bench/fuzz.sh [DURATION] [TEST...]
#
# DURATION is Jazzer's max_duration (e.g. 3m, 10m, 1h; default 3m); it overrides @FuzzTest(maxDuration).
# TEST defaults to the four targets of docs/security.md. Each run's output goes to target/fuzz/<Test>.log
# and its summary (inputs tried, seconds, result) to target/fuzz/summary.txt. The generated corpus is kept
# in .cifuzz-corpus/ (ignored by git) and grows from run to run. A crash is written as crash-<sha1> into
# src/test/resources/org/explainer/<package>/<Test>Inputs/<method>/: fix the code, then commit the file as
# a regression case ('mvn verify' replays every committed input).
#
# Jazzer guides itself by the coverage of org.explainer.** only; to let it see into a library as well,
# name it, e.g. JAZZER_INSTRUMENTATION_INCLUDES='org.explainer.**:com.vladsch.flexmark.**' bench/fuzz.sh 5m MarkdownFuzzTest
set -uo pipefail
cd "$(dirname "$0")/.."

duration="${1:-3m}"
shift || true
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
  tests=(LoaderFuzzTest MarkdownFuzzTest QuoteMatcherFuzzTest PreviewRequestFuzzTest)
fi

mkdir -p target/fuzz
summary=target/fuzz/summary.txt
echo "# bench/fuzz.sh $duration, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores${JAZZER_INSTRUMENTATION_INCLUDES:+, instrumenting $JAZZER_INSTRUMENTATION_INCLUDES}" >> "$summary"
mvn -B -ntp -q -o test-compile || exit 1
status=0
for test in "${tests[@]}"; do
  log="target/fuzz/$test.log"
  echo "fuzz: $test for $duration (log: $log)"
  start=$(date +%s)
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" mvn -B -ntp -o test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
  rc=$?
  seconds=$(( $(date +%s) - start ))
  # libFuzzer's last word: "Done <runs> runs in <seconds> second(s)"; a crash instead writes "crash-" and fails the test
  done_line=$(grep -a -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  last_stat=$(grep -a -E '^#[0-9]+' "$log" | tail -1)
  crash=$(grep -a -o -E 'crash-[0-9a-f]{40}' "$log" | sort -u | tr '\n' ' ')
  result=$([ $rc -eq 0 ] && echo "nothing found" || echo "FAILED (exit $rc) ${crash:-see the log}")
  line="$test: ${done_line:-no libFuzzer summary} | last: ${last_stat:-none} | wall ${seconds}s | $result"
  echo "$line" | tee -a "$summary"
  [ $rc -eq 0 ] || status=1
done
exit $status
