#!/usr/bin/env bash
# bench/search.sh: what a reader's first search downloads, on a built site.
#
# Usage: bench/search.sh [--lang uk] SITE [QUERY...]
#   SITE    a built site folder (./explainer build --output SITE)
#   --lang  the edition whose search page to measure (its folder under SITE); the original by default
#   QUERY   what a reader types; by default: invitation, summit, "ceasefire line", "would not", s, umbrella
#
# For each query, from a cold cache, as the search page does it (with its own script, the site's
# assets/search.*.js, run under Node): the search page itself (its HTML, which lists the first page of
# entries for readers without JavaScript, and its stylesheet), its scripts (the manifest search/index.js
# and the search script), the word shards the query's words need, and the document shards of the first
# page of results. Prints one row per query (results, shards, bytes raw and gzipped) and the total size
# of the search data (the manifest and every shard). KB are 1,000 bytes.
#
# Needs Node (Debian: apt-get install nodejs).
set -euo pipefail

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
lang=""
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) [ $# -ge 2 ] || usage; lang="$2"; shift 2 ;;
    --lang=*) lang="${1#*=}"; shift ;;
    -h|--help) usage ;;
    -*) echo "search.sh: unknown option '$1'" >&2; usage ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || usage
site="$1"
shift
folder="$site/${lang:+$lang/}search"
[ -f "$folder/index.html" ] || { echo "search.sh: no search page at $folder/index.html; build the site first (./explainer build --output $site)" >&2; exit 2; }
command -v node >/dev/null 2>&1 || { echo "search.sh: needs Node to run the search script (apt-get install nodejs)" >&2; exit 2; }
if [ $# -eq 0 ]; then
  set -- invitation summit "ceasefire line" "would not" s umbrella
fi

node - "$folder" "$@" <<'JS'
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");

const folder = path.resolve(process.argv[2]);
const queries = process.argv.slice(3);
const page = fs.readFileSync(path.join(folder, "index.html"), "utf8");
const scripts = [...page.matchAll(/<script src="([^"]+)"/g)].map((m) => path.resolve(folder, m[1]));
const searchScript = scripts.find((s) => /[\\/]assets[\\/]search\.[^\\/]*js$/.test(s));
const manifestScript = scripts.find((s) => s === path.join(folder, "index.js"));
if (!searchScript || !manifestScript) {
  console.error(`search.sh: ${folder}/index.html does not link the manifest and the search script: ${scripts.join(", ")}`);
  process.exit(2);
}
const search = require(searchScript);

/** A script's data: what it hands to window.EXPLAINER_SEARCH or window.EXPLAINER_SEARCH_SHARD. */
function run(file) {
  const window = {};
  let data;
  window.EXPLAINER_SEARCH_SHARD = (name, d) => { data = d; };
  vm.runInNewContext(fs.readFileSync(file, "utf8"), { window });
  return data === undefined ? window.EXPLAINER_SEARCH : data;
}

const bytes = (file) => fs.statSync(file).size;
const gzipped = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
const kb = (n) => (n / 1000).toFixed(1);

const html = path.join(folder, "index.html");
const stylesheets = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => path.resolve(folder, m[1]));
const manifest = run(manifestScript);
const pageScripts = [html, ...stylesheets, manifestScript, searchScript];
const rows = [];
for (const query of queries) {
  const files = [...pageScripts];
  const load = (name, callback) => {
    const file = path.join(folder, name + ".js");
    files.push(file);
    callback(null, run(file));
  };
  const index = new search.Index(manifest, load);
  const terms = search.words(query);
  let row;
  index.search(terms, (error, hits) => {
    if (error) throw error;
    const wordFiles = files.length - pageScripts.length;
    index.documents(hits.slice(0, search.PAGE).map((h) => h.doc), (error2) => {
      if (error2) throw error2;
      const raw = files.reduce((sum, f) => sum + bytes(f), 0);
      const gz = files.reduce((sum, f) => sum + gzipped(f), 0);
      row = { query, results: hits.length, words: wordFiles, docs: files.length - pageScripts.length - wordFiles, raw, gz };
    });
  });
  rows.push(row);
}

const shardFiles = fs.readdirSync(folder).filter((f) => /^(index|words-\d+|docs-\d+)\.js$/.test(f)).map((f) => path.join(folder, f));
const total = shardFiles.reduce((sum, f) => sum + bytes(f), 0);
const largest = (prefix) => Math.max(...shardFiles.filter((f) => path.basename(f).startsWith(prefix)).map(bytes));

console.log(`search data in ${folder}: ${manifest.documents} documents, ${manifest.wordShards} word shards, ${manifest.documentShards} document shards, ${manifest.split.length} split prefixes`);
console.log(`the page: HTML ${kb(bytes(html))} KB, stylesheet ${kb(stylesheets.reduce((sum, f) => sum + bytes(f), 0))} KB, manifest ${kb(bytes(manifestScript))} KB, search script ${kb(bytes(searchScript))} KB (${kb(pageScripts.reduce((sum, f) => sum + bytes(f), 0))} KB, counted in every query)`);
console.log("");
console.log("| query | results | word shards | document shards | first query, KB | gzipped, KB |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(`| ${r.query} | ${r.results} | ${r.words} | ${r.docs} | ${kb(r.raw)} | ${kb(r.gz)} |`);
}
console.log("");
console.log(`largest first query: ${kb(Math.max(...rows.map((r) => r.raw)))} KB (target: at most 300 KB)`);
console.log(`total search data: ${kb(total)} KB in ${shardFiles.length} files (largest word shard ${kb(largest("words-"))} KB, largest document shard ${kb(largest("docs-"))} KB)`);
JS
