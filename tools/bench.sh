#!/usr/bin/env bash
# Regenerates docs/performance.md: dyad bench on the Reuters corpus (and a 10x larger slice for memory).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/bench/reuters21578.jsonl}
small=${SMALL:-300}
large=$((small * 10))
mkdir -p docs
# the bench profile adds CoreNLP's models-english jar (shift-reduce parser) for the reference run only
mvn -q -B -Pbench -pl bench -am package -DskipTests
bench() { java -Xmx4g -XX:+UseParallelGC -cp "$(cat bench/target/classpath.txt)" dev.dyad.cli.Main bench "$@"; }
{
  echo "# dyad performance"
  echo
  echo "Regenerate with \`tools/bench.sh\` (commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%d), $(nproc) cores)."
  echo "Each table is one JVM run of \`dyad bench\`: every configuration codes the same articles with 2 threads"
  echo "after a 100-article warm-up. Compare the ratios within a table; absolute figures on shared machines are noisy."
  echo
  echo "## Reuters-21578, $small articles, with CoreNLP references (default NER + depparse; default NER + shift-reduce parse)"
  echo
  bench "$corpus" --limit "$small" --reference --reference-sr
  echo
  echo "## Reuters-21578, $large articles (10x): the live heap does not grow with the corpus"
  echo
  bench "$corpus" --limit "$large"
  echo
  echo "\`dyad default\` is what \`dyad code\` runs without options (rules + learned fallback + learned second opinion);"
  echo "\`dyad --no-model\` the rules alone; both are built from the one \`PipelineConfig\` (README, \"One pipeline everywhere\")."
  echo "The pipelines parse only sentences with an actor candidate and an event-trigger (or speech) candidate;"
  echo "tagging (tokens, POS, lemmas, 3-class NER) runs on every sentence. Articles are streamed through a bounded"
  echo "queue to the worker threads, so memory is independent of corpus size."
  echo
  cat docs/performance-corpus.md   # measured by hand: the whole corpus through ingest, and the worker pool
} > docs/performance.md.tmp
mv docs/performance.md.tmp docs/performance.md
echo "wrote docs/performance.md" >&2
