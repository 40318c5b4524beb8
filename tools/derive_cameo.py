#!/usr/bin/env python3
"""Derive dyad's CAMEO ontology table from the public code tables in ../shared/data/cameo.

Usage: tools/derive_cameo.py ../shared/data/cameo/CAMEO_codes_merged.tsv > core/src/main/resources/dyad/dictionaries/cameo/cameo.tsv

Facts only (codes, names, scores, classes). Choices made here, documented in the README:
* Goldstein: the GDELT lookup table; where GDELT has no value the Phoenix table's; else the parent code's.
* QuadClass: GDELT's 1-4 (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict);
  PentaClass: Phoenix 0-4 (0 neutral statements and appeals).
* PLOVER event/mode: from the merged table (CAMEO2PLOVER 2021); inherited from the parent when empty.
"""
import csv
import sys


def main(path):
    rows = {}
    order = []
    with open(path, encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t")
        next(reader)
        for r in reader:
            code, name, g_gdelt, g_phx, quad, penta, event, mode = (r + [""] * 9)[:8]
            name = name.split(" | ICEWS:")[0].strip()
            if name.startswith("(no label"):
                name = ""
            rows[code] = dict(name=name, g=g_gdelt or g_phx, quad=quad, penta=penta, event=event, mode=mode)
            order.append(code)

    def parent(code):
        # CAMEO codes: 2-digit roots, 3-digit codes, 4-digit sub-codes (root 01 has 0110 style codes).
        if len(code) == 4:
            return code[:3]
        if len(code) == 3:
            return code[:2]
        return None

    def inherited(code, key):
        c = code
        while c is not None:
            v = rows.get(c, {}).get(key, "")
            if v:
                return v
            c = parent(c)
        return ""

    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["code", "name", "goldstein", "quad_class", "penta_class", "plover_event", "plover_mode"])
    for code in order:
        name = rows[code]["name"] or inherited(parent(code) or code, "name")
        out.writerow([code, name, inherited(code, "g"), inherited(code, "quad"), inherited(code, "penta"),
                      inherited(code, "event"), rows[code]["mode"] if rows[code]["event"] else inherited(code, "mode")])


if __name__ == "__main__":
    main(sys.argv[1])
