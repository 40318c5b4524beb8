package dev.dyad.actors;

import java.util.List;

/** What a run of dictionary atoms in a sentence says: which lie in a range, and the actor code they compose. */
final class Atoms {
    private Atoms() {
    }

    static List<Atom> in(List<Atom> atoms, int from, int to) {
        return atoms.stream().filter(a -> a.first() >= from && a.last() <= to).toList();
    }

    static boolean cover(List<Atom> atoms, int i) {
        return atoms.stream().anyMatch(a -> a.covers(i));
    }

    static boolean hasSector(List<Atom> atoms) {
        return atoms.stream().anyMatch(Atom::isSector);
    }

    /**
     * Country (first name-like atom, or a later one that refines it: ISR then ISRSPY) plus sector (last sector
     * noun, else modifier); null without a country.
     */
    static String compose(List<Atom> atoms) {
        Atom base = null;
        Atom sector = null;
        for (Atom a : atoms) {
            if (a.isPerson()) {
                continue;
            }
            if (a.isSector()) {
                if (sector == null || a.kind() == EntryKind.NOUN || sector.kind() == EntryKind.MODIFIER) {
                    sector = a;
                }
            } else if (base == null) {
                base = a;
            } else if (a.kind() != EntryKind.ADJ && a.code().length() > base.code().length()
                    && a.code().startsWith(base.code())) {
                // "Israel's Mossad", "Pakistan's ISI": the named body of that country is the actor; an adjective
                // only modifies the head ("Nicaragua's Sandinista government" stays NICGOV)
                base = a;
            }
        }
        if (base == null) {
            return null;
        }
        String code = base.code();
        // a Phoenix-layer name with a sector knows its actor ("USDA" USAGOV, "Afghan National Army" AFGMIL) better
        // than a generic noun beside it ("USDA officials")
        if (sector == null || code.endsWith(sector.code()) || base.entry().layer() && code.length() > 3) {
            return code;
        }
        // a metonym carries its own sector (Kremlin = RUSGOV); a noun sector replaces it (Kremlin troops = RUSMIL)
        if (base.kind() == EntryKind.METONYM && code.length() == 6) {
            return code.substring(0, 3) + sector.code();
        }
        return code + sector.code();
    }
}
