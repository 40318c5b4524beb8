#!/usr/bin/env python3
"""Writes learned/data/silver.tsv (format: learned/data/FORMAT.md): references to sentences the rules code
confidently, for `dyad train`.

  tools/silver_sentences.py --reuters-articles A.jsonl --reuters-events A.events.jsonl \
      --class-tsv ../shared/data/conflibert/cameo_class_train.tsv --class-events C.events.jsonl > learned/data/silver.tsv

A.events.jsonl is `dyad code A.jsonl --no-model --format jsonl`; C.events.jsonl the same over the ConfliBERT class
sentences, one article each with id `cameo_class_train.tsv:LINE` and date 2000-01-01.

Confident, on Reuters:
  * an event: asserted, coded by a pattern (not the learned fallback), with a source and a target whose codes name a
    country or IGO (not `---`); the sentence's first such event gives the root;
  * no event: a sentence (40-300 characters) in which the rules found no event at all.
On the ConfliBERT class sentences (tuning part of HeldOutSplit only): the first asserted event's root when its
PentaClass agrees with the sentence's gold class.
"""
import argparse, hashlib, json, re, sys

PENTA = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 3, 13: 3, 14: 4, 15: 4, 16: 3,
         17: 4, 18: 4, 19: 4, 20: 4}


def heldout_test(key):
    """HeldOutSplit.test: SHA-256 of '17:' + key, first 8 bytes as a signed long, 0 mod 3."""
    h = hashlib.sha256(("17:" + key).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big", signed=True) % 3 == 0


def read_events(path):
    by_article = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                e = json.loads(line)
                by_article.setdefault(e["article_id"], []).append(e)
    return by_article


def countryish(actor):
    return actor is not None and actor.get("code") and not actor["code"].startswith("---")


def sentences(text):
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"'(])", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reuters-articles", required=True)
    ap.add_argument("--reuters-events", required=True)
    ap.add_argument("--class-tsv", required=True)
    ap.add_argument("--class-events", required=True)
    a = ap.parse_args()
    out = sys.stdout
    out.write("# Silver training sentences (learned/data/FORMAT.md), written by tools/silver_sentences.py from\n"
              "# `dyad code --no-model` on %s and on the ConfliBERT class sentences.\n" % a.reuters_articles.split("/")[-1])
    events = read_events(a.reuters_events)
    n_ev = n_none = 0
    with open(a.reuters_articles, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            text = art["text"]
            evs = events.get(art["id"], [])
            spans = []
            for e in evs:
                i = text.find(e["sentence_text"])
                if i >= 0:
                    spans.append((i, i + len(e["sentence_text"]), e))
            done = set()
            for s, t, e in spans:
                if (s, t) in done:
                    continue
                if (e["modality"] == "asserted" and not e["rule"].startswith("model:")
                        and countryish(e["source"]) and countryish(e["target"])):
                    done.add((s, t))
                    out.write("reuters\t%s:%d-%d\t%d\t%s\n" % (art["id"], s, t, int(e["cameo"][:2]), e["rule"]))
                    n_ev += 1
            for s, t in sentences(text):
                seg = text[s:t]
                lead = len(seg) - len(seg.lstrip())
                s, t = s + lead, s + len(seg.rstrip())
                if 40 <= t - s <= 300 and not any(s < b and a_ < t for a_, b, _ in spans):
                    out.write("reuters\t%s:%d-%d\t0\tno rule event in the sentence\n" % (art["id"], s, t))
                    n_none += 1
    gold = {}
    with open(a.class_tsv, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                gold["cameo_class_train.tsv:%d" % i] = int(line.rsplit("\t", 1)[1])
    cevents = read_events(a.class_events)
    n_cls = 0
    for key in sorted(gold, key=lambda k: int(k.split(":")[1])):
        if heldout_test(key):
            continue
        first = next((e for e in cevents.get(key, []) if e["modality"] == "asserted"), None)
        if first is not None and PENTA[int(first["cameo"][:2])] == gold[key]:
            out.write("conflibert\t%s\t%d\t%s; rule root agrees with the gold PentaClass\n"
                      % (key, int(first["cameo"][:2]), first["rule"]))
            n_cls += 1
    print("silver: %d Reuters events, %d Reuters no-event sentences, %d ConfliBERT sentences" % (n_ev, n_none, n_cls),
          file=sys.stderr)


if __name__ == "__main__":
    main()
