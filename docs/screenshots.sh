#!/usr/bin/env bash
# Regenerates the screenshots in docs/screenshots/ that show a newcomer the site before they build it:
#
#   home-desktop.png       the home page at 1280 px wide
#   home-phone.png         the home page at 390 px wide
#   timeline-desktop.png   the timeline (drawn to scale, then the list) at 1280 px wide
#   timeline-phone.png     the same at 390 px wide
#   positions-desktop.png  the positions (the stance chart, then the matrix) at 1280 px wide
#   positions-phone.png    the same at 390 px wide, where the matrix is one card per actor
#   map-desktop.png        the map of the Alliance at 1280 px wide
#   map-phone.png          the same at 390 px wide
#   entry-desktop.png      an entry (articles/sybiha-letter-putin-goals/) at 1280 px wide
#   entry-phone.png        the same entry at 390 px wide
#   uk-home-desktop.png, uk-home-phone.png, uk-entry-desktop.png, uk-entry-phone.png
#                          the same pages of the Ukrainian edition (uk/index.html, uk/articles/…/)
#
# How to run it (from anywhere; it needs Java 17 + Maven for ./explainer, and Debian's chromium):
#
#   apt-get install chromium        # once
#   docs/screenshots.sh
#
# Run it again whenever the look changes (templates/, templates/assets/style.css) and commit the PNGs.
# It builds the site from content/ into a temporary folder with `./explainer build --output`, so the
# committed site/ is left alone, and opens the pages from disk (file://), which the site supports.
# Set CHROMIUM to use another Chromium binary. Light theme only (the default colour scheme).
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
out="$home/docs/screenshots"
chromium="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$chromium" ]; then
  echo "screenshots: $chromium not found; install it with: apt-get install chromium (or set CHROMIUM)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "screenshots: building the site into $work/site" >&2
"$home/explainer" build --output "$work/site" >&2

entry="articles/sybiha-letter-putin-goals/index.html"
for page in index.html timeline/index.html positions/index.html map/index.html "$entry" uk/index.html "uk/$entry"; do
  if [ ! -f "$work/site/$page" ]; then
    echo "screenshots: the build has no $page" >&2
    exit 3
  fi
done

mkdir -p "$out"

# shot NAME PAGE WIDTH HEIGHT: a WIDTHxHEIGHT screenshot of PAGE (relative to the site) into NAME.png
shot() {
  local name="$1" page="$2" width="$3" height="$4"
  local profile="$work/profile-$name"
  mkdir -p "$profile"
  "$chromium" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --disable-extensions --hide-scrollbars --user-data-dir="$profile" \
    --force-device-scale-factor=1 --window-size="$width,$height" \
    --screenshot="$out/$name.png" "file://$work/site/$page" >/dev/null 2>&1
  if [ ! -s "$out/$name.png" ]; then
    echo "screenshots: chromium wrote no $out/$name.png" >&2
    exit 4
  fi
  echo "screenshots: wrote docs/screenshots/$name.png (${width}x${height})" >&2
}

shot home-desktop index.html 1280 1200
shot home-phone index.html 390 1600
shot timeline-desktop timeline/index.html 1280 1200
shot timeline-phone timeline/index.html 390 1600
shot positions-desktop positions/index.html 1280 1200
shot positions-phone positions/index.html 390 1600
shot map-desktop map/index.html 1280 1200
shot map-phone map/index.html 390 1600
shot entry-desktop "$entry" 1280 1200
shot entry-phone "$entry" 390 1600
shot uk-home-desktop uk/index.html 1280 1200
shot uk-home-phone uk/index.html 390 1600
shot uk-entry-desktop "uk/$entry" 1280 1200
shot uk-entry-phone "uk/$entry" 390 1600
