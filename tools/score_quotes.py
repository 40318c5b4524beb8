#!/usr/bin/env python3
"""Score quote attribution: `dyad quotes --direct-only ARTICLE > pred.jsonl`, then

    tools/score_quotes.py GOLD.jsonl PRED.jsonl [--min-correct N]

Gold lines: {"id", "quote_starts", "speaker", "speaker_code"} (see ../shared/gold/seed.quotes.gold.jsonl).
A gold quote is correct when a predicted direct quote whose text starts with `quote_starts` (curly
apostrophes folded) has that speaker name and code. Last line: "quotes=a/b".
"""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def norm(s):
    return " ".join((s or "").replace("\u2019", "'").split())


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    opts = dict(zip(argv[1::2], argv[2::2]))
    gold, pred = load(args[0]), load(args[1])
    correct = 0
    for g in gold:
        hits = [q for q in pred if norm(q.get("text")).startswith(norm(g["quote_starts"]))]
        speaker = hits[0].get("speaker") if hits else None
        ok = speaker is not None and speaker.get("text") == g["speaker"] and speaker.get("code") == g["speaker_code"]
        correct += ok
        got = "no quote" if not hits else (f"{speaker.get('text')} {speaker.get('code')}" if speaker else "no speaker")
        print(f"{'OK   ' if ok else 'WRONG'} {g['id']}: want {g['speaker']} {g['speaker_code']}, got {got}")
    print(f"quotes={correct}/{len(gold)}")
    return 0 if correct >= int(opts.get("--min-correct", len(gold))) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
