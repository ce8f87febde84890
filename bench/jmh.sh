#!/usr/bin/env bash
# JMH micro-benchmarks of the build's hot path (src/test/java/org/explainer/bench/HotPathBenchmark.java):
# front matter parse, Markdown render, glossary links, entry-page template, site write, and the whole
# 50-entry site in memory.
#
# Usage: bench/jmh.sh [REGEX] [JMH options…]
#   REGEX         which benchmarks to run (default: all of HotPathBenchmark), e.g. 'markdown|frontMatter'
#   JMH options   passed on to org.openjdk.jmh.Main; a default below is dropped when you give its option, e.g.
#                 -f 2 -i 10, -prof gc, -rf json -rff bench/results/jmh.json, -jvmArgsAppend -XX:TieredStopAtLevel=1
# Defaults: 1 fork, 3 warm-up and 5 measurement iterations of 1 s each: about 1.5 minutes for all six.
# Compiles the generator and its tests first, with JMH's annotation processor, into target/bench/
# (mvn -Pbench test-compile; 'mvn verify' never runs that processor), and runs from the project folder,
# whose templates/ it uses.
# These are steady-state figures of a warmed-up JVM; bench/run.sh measures whole cold builds.
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$home"

regex="${1:-HotPathBenchmark}"
[ $# -gt 0 ] && shift

mvn -q -B -Pbench test-compile
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# pinned plugin version, so no network look-up of the newest one
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
classpath="target/bench/test-classes:target/bench/classes:$(cat "$cp_file")"

# modest defaults, each unless given on the command line (JMH refuses an option twice)
defaults=()
for pair in "-f 1" "-wi 3" "-i 5" "-w 1s" "-r 1s"; do
  option="${pair%% *}"
  given=false
  for arg in "$@"; do [ "$arg" = "$option" ] && given=true; done
  $given || defaults+=("$option" "${pair#* }")
done

exec java -cp "$classpath" -Dexplainer.home="$home" -Dorg.freemarker.loggerLibrary=none org.openjdk.jmh.Main "$regex" "${defaults[@]}" "$@"
