#!/usr/bin/env bash
# Lighthouse's four scores (performance, accessibility, best practices, SEO) of public pages of a
# running Meridian (issue 15, item 8): by default the demo Gambia's home, an article and the news
# list on the server of ./run.sh. Starts no server; Lighthouse runs Debian's Chromium headless, with
# its default mobile settings (a mid-range phone on a slow 4G link, simulated). Each page is measured
# LIGHTHOUSE_RUNS times (default 3) and the median of each score is printed, as Lighthouse advises:
# performance moves with the machine's load (its CPU figures are scaled from this machine's speed).
#
# Usage: bench/lighthouse.sh                                  (http://localhost:8080, ./run.sh's server)
#        bench/lighthouse.sh http://127.0.0.1:18080           (another server)
#        LIGHTHOUSE_PAGES="/peru/es/ /peru/es/news" bench/lighthouse.sh
#        LIGHTHOUSE_RUNS=5 LIGHTHOUSE_PRESET=desktop bench/lighthouse.sh
# Needs Node.js 18.16+ and npm (Lighthouse is installed into bench/node_modules from bench/package.json
# and its lock on first use) and Chromium (apt-get install chromium). Prints each page's JSON report's
# path for the details of what lost points.
set -euo pipefail
cd "$(dirname "$0")"

BASE=${1:-http://localhost:8080}
BASE=${BASE%/}
PAGES=${LIGHTHOUSE_PAGES:-/gambia/en/ /gambia/en/youth-skills-centre-opens /gambia/en/news}
RUNS=${LIGHTHOUSE_RUNS:-3}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

command -v node >/dev/null || { echo "Node.js is needed (apt-get install nodejs npm)"; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "Chromium is needed at $CHROME_PATH (apt-get install chromium)"; exit 1; }
if [ ! -x node_modules/.bin/lighthouse ]; then
  echo "Installing Lighthouse (npm ci in bench/) ..."
  npm ci --no-audit --no-fund --silent
fi
curl -sf -o /dev/null "$BASE$(echo "$PAGES" | awk '{ print $1 }')" \
  || { echo "No Meridian answers at $BASE (start one with ./run.sh)"; exit 1; }

reports=$(mktemp -d /tmp/meridian-lighthouse.XXXXXX)
preset=()
[ -n "${LIGHTHOUSE_PRESET:-}" ] && preset=(--preset="$LIGHTHOUSE_PRESET")
echo "| page | performance | accessibility | best practices | SEO |"
echo "| --- | ---: | ---: | ---: | ---: |"
for page in $PAGES; do
  name=$(echo "$page" | tr -c 'A-Za-z0-9\n' '_')
  for run in $(seq 1 "$RUNS"); do
    node_modules/.bin/lighthouse "$BASE$page" --quiet "${preset[@]}" \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking" \
      --output=json --output-path="$reports/$name-$run.json" >/dev/null 2>"$reports/$name-$run.log" \
      || { echo "Lighthouse failed on $page:"; tail -5 "$reports/$name-$run.log"; exit 1; }
  done
  node -e '
    const fs = require("fs");
    const [dir, name, runs, page] = process.argv.slice(1);
    const reports = [];
    for (let r = 1; r <= Number(runs); r++) reports.push(JSON.parse(fs.readFileSync(`${dir}/${name}-${r}.json`)));
    const median = (id) => {
      const scores = reports.map((r) => Math.round(r.categories[id].score * 100)).sort((a, b) => a - b);
      return scores[Math.floor(scores.length / 2)] + (runs > 1 ? ` (${scores[0]}–${scores[scores.length - 1]})` : "");
    };
    console.log(`| ${page} | ${["performance", "accessibility", "best-practices", "seo"].map(median).join(" | ")} |`);
  ' "$reports" "$name" "$RUNS" "$page"
done
echo
echo "(median of $RUNS runs, lowest–highest in brackets; Lighthouse $(node_modules/.bin/lighthouse --version)," \
  "${LIGHTHOUSE_PRESET:-mobile} settings; reports in $reports)"
