#!/usr/bin/env bash
# Regenerates docs/evaluation.md: the seed article score, the actor-coding and the event-coding evaluations on ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
mkdir -p out docs
./dyad code --format jsonl "$shared/examples/seed-2021-12-22-russia-us-talks.txt" > out/seed.events.jsonl
python3 "$shared/tools/score_events.py" "$shared/gold/seed.gold.jsonl" out/seed.events.jsonl > out/seed.score.txt || true
{
  echo "# dyad evaluation"
  echo
  echo "Regenerate with \`tools/evaluate.sh\` (commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%d))."
  echo
  echo "## Seed article (\`../shared/gold/seed.gold.jsonl\`, scored by \`score_events.py\`)"
  echo
  echo '```'
  cat out/seed.score.txt
  echo '```'
  echo
  ./dyad eval --plover "$shared/data/plover/PLOVER_GSR_CAMEO.json" \
              --conflibert-ner "$shared/data/conflibert/cameo_ner_train.txt" | sed -e "s/^## /### /" -e "s/^# Actor coding evaluation/## Actor coding/"
  echo
  # issue 14: the dev actor-phrase suite, tune part and held-out test part (core/src/test/resources/actor-suite)
  ./dyad eval --actor-suite core/src/test/resources/actor-suite/tune.tsv \
              --actor-suite core/src/test/resources/actor-suite/test.tsv | sed -e "s/^## /### /"
  echo
  ./dyad eval --pentaclass "$shared/data/conflibert/cameo_class_train.tsv" \
              --pentaclass-extra "$shared/data/plover/PLOVER_GSR_CAMEO.json" --embedding-cache out/embeddings.cache \
              --plover-events "$shared/data/plover/PLOVER_GSR_CAMEO.json" --no-event "$shared/bench/reuters21578.jsonl" \
              --gold "$shared/gold/seed.gold.jsonl" --gold-article "$shared/examples/seed-2021-12-22-russia-us-talks.txt" \
    | sed -e "s/^### /#### /" -e "s/^## /### /" -e "s/^# Evaluation/## Event coding/"
  echo
  echo "## Event locations (PLOVER records with eventLoc)"
  echo
  ./dyad eval --plover-locations "$shared/data/plover/PLOVER_GSR_CAMEO.json" | sed -e "s/^#\+ .*//"
  echo
  echo "## PETRARCH2 unit-test suite (PETRARCH2's algorithm, PetrarchCoder)"
  echo
  echo "Texts parsed by CoreNLP, as \`dyad code --dictionaries petrarch:\` does (the issue-9 figure; \`.ci/run\` floor 0.87):"
  echo
  ./dyad eval --petrarch-xml "$shared/data/petrarch/PETR.UnitTest.records.xml" | sed -e "s/^## /### /" -e "s/^# /### /" \
    | sed -e '/^### Differences/,$d'   # the per-record differences stay in the command's own output
  echo
  echo "The records' own <Parse> trees, as PETRARCH2 codes them (\`--petrarch-parse record\`):"
  echo
  ./dyad eval --petrarch-xml "$shared/data/petrarch/PETR.UnitTest.records.xml" --petrarch-parse record \
    | sed -e "s/^## /### /" -e "s/^# /### /" | sed -e '/^### Differences/,$d'
} > docs/evaluation.md
echo "wrote docs/evaluation.md" >&2
