#!/usr/bin/env python3
"""Score quote attribution.

    ./dyad quotes --direct-only ARTICLE > pred.jsonl
    tools/score_quotes.py GOLD.jsonl [GOLD2.jsonl ...] PRED.jsonl [--min-correct N] [--quiet]

Gold lines: {"id", "quote_starts", "speaker", "speaker_code"} (see ../shared/gold/seed.quotes.gold.jsonl), and
optionally "kind" (direct|indirect; default direct), "quote_contains" (a later part the same quote must hold: the
second half of a split quote, the last paragraph of a block quote).
A gold quote is found when a predicted quote of its kind contains `quote_starts` (near its start) and
`quote_contains`; its speaker is right when the predicted speaker's text is the gold speaker (case, a leading
article and curly apostrophes folded) and its code equals "speaker_code" ("*" accepts any code, null wants null).
With several gold files (NAME.quotes.gold.jsonl), the predictions of article NAME are scored against each.
Predicted quotes that match no gold line are counted as extra (the gold marks every quote and claim).
Last line: "quotes=a/b" (speaker and code right, as the seed test counts).
"""
import json
import os
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def norm(s):
    return " ".join((s or "").replace("\u2019", "'").replace("\u2018", "'").replace("''", '"')
                    .replace("\u201c", '"').replace("\u201d", '"').split())


def norm_speaker(s):
    words = norm(s).lower().split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def finds(g, q):
    if q.get("kind", "direct") != g.get("kind", "direct"):
        return False
    text = norm(q.get("text"))
    start = norm(g["quote_starts"])
    at = text.find(start)
    if at < 0 or at > 8:  # "that ...", an opening bracket or mark may come first
        return False
    return not g.get("quote_contains") or norm(g["quote_contains"]) in text


def score(gold, pred, quiet, tally):
    used = set()
    for g in gold:
        hits = [i for i, q in enumerate(pred) if finds(g, q)]
        used.update(hits)
        speaker = pred[hits[0]].get("speaker") if hits else None
        text_ok = speaker is not None and norm_speaker(speaker.get("text")) == norm_speaker(g["speaker"])
        want = g.get("speaker_code")
        code_ok = speaker is not None and (want == "*" or speaker.get("code") == want)
        tally["gold"] += 1
        tally["found"] += bool(hits)
        tally["speaker"] += text_ok
        tally["correct"] += text_ok and code_ok
        got = "no quote" if not hits else (f"{speaker.get('text')} {speaker.get('code')}" if speaker else "no speaker")
        if not quiet or not (text_ok and code_ok):
            print(f"{'OK   ' if text_ok and code_ok else 'WRONG'} {g['id']}: want {g['speaker']} {want}, got {got}")
    kinds = {g.get("kind", "direct") for g in gold}
    extra = [q for i, q in enumerate(pred) if i not in used and q.get("kind", "direct") in kinds]
    tally["extra"] += len(extra)
    for q in extra:
        print(f"EXTRA {q.get('article_id')}: {q.get('kind')} '{norm(q.get('text'))[:60]}'")


def main(argv):
    opts = {}
    args = []
    i = 1
    while i < len(argv):
        if argv[i] == "--min-correct":
            opts["--min-correct"] = argv[i + 1]
            i += 2
        elif argv[i].startswith("--"):
            opts[argv[i]] = True
            i += 1
        else:
            args.append(argv[i])
            i += 1
    golds, pred = args[:-1], load(args[-1])
    tally = {"gold": 0, "found": 0, "speaker": 0, "correct": 0, "extra": 0}
    for path in golds:
        name = os.path.basename(path).removesuffix(".jsonl").removesuffix(".gold").removesuffix(".quotes")
        mine = [q for q in pred if q.get("article_id") == name] if len(golds) > 1 else pred
        score(load(path), mine, "--quiet" in opts, tally)
    n = max(tally["gold"], 1)
    print(f"found={tally['found']}/{tally['gold']} speaker={tally['speaker']}/{tally['gold']} "
          f"({100 * tally['speaker'] / n:.1f}%) speaker+code={tally['correct']}/{tally['gold']} "
          f"({100 * tally['correct'] / n:.1f}%) extra={tally['extra']}")
    print(f"quotes={tally['correct']}/{tally['gold']}")
    return 0 if tally["correct"] >= int(opts.get("--min-correct", tally["gold"])) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
