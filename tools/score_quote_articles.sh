#!/usr/bin/env bash
# Scores dyad's quote attribution on the test articles of a directory (NAME.txt + NAME.quotes.gold.jsonl):
#   tools/score_quote_articles.sh examples/quotes/heldout [--quiet]
# Runs `dyad quotes` once over all the articles (dated 2024-03-01), then tools/score_quotes.py on every gold file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$1"; shift
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$here/dyad" quotes --date 2024-03-01 "$dir"/*.txt > "$out"
python3 "$here/tools/score_quotes.py" "$dir"/*.quotes.gold.jsonl "$out" --min-correct 0 "$@"
