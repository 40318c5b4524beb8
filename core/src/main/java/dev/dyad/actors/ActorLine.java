package dev.dyad.actors;

import dev.dyad.dict.DictionaryLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One line of an actor dictionary file ({@code CODE | kind | phrase [| from..to | ambiguous]}, see actors/FORMAT.md)
 * read into an {@link ActorEntry}: the checks one line can fail on its own (fields, kind, code shape, dates, a layer
 * line's source comment). Checks across lines (duplicates, overlapping roles) are {@link ActorDictionary}'s.
 */
final class ActorLine {
    private static final Pattern ACTOR_CODE = Pattern.compile("([A-Z]{3})+");
    private static final Pattern SECTOR_CODE = Pattern.compile("([A-Z]{3})+");

    private ActorLine() {
    }

    static ActorEntry parse(DictionaryLine line) {
        return parse(line, false);
    }

    static ActorEntry parse(DictionaryLine line, boolean layer) {
        if (line.fields().size() < 3) {
            throw line.error("expected 'CODE | kind | phrase', found " + line.fields().size() + " field(s)");
        }
        EntryKind kind = EntryKind.parse(line.field(1));
        if (kind == null) {
            throw line.error("unknown kind '" + line.field(1) + "' (expected one of name, acronym, adj, capital, "
                    + "metonym, noun, modifier, person)");
        }
        String code = line.field(0);
        Pattern shape = kind.isSector() ? SECTOR_CODE : ACTOR_CODE;
        if (!shape.matcher(code).matches()) {
            throw line.error("malformed code '" + code + "' (" + (kind.isSector()
                    ? "a sector code: upper-case letters, a multiple of 3" : "upper-case letters, a multiple of 3") + ")");
        }
        String phrase = line.field(2);
        if (phrase.isEmpty()) {
            throw line.error("empty phrase");
        }
        LocalDate from = null;
        LocalDate to = null;
        boolean ambiguous = false;
        if (kind == EntryKind.PERSON) {
            line.requireFields(4, 4);
            String range = line.field(3);
            int dots = range.indexOf("..");
            if (dots < 0) {
                throw line.error("malformed date range '" + range + "' (expected from..to, either end may be empty)");
            }
            from = date(line, range.substring(0, dots));
            to = date(line, range.substring(dots + 2));
            if (from != null && to != null && to.isBefore(from)) {
                throw line.error("date range ends before it starts: " + range);
            }
        } else if (line.fields().size() == 4) {
            if (!line.field(3).equals("ambiguous")) {
                throw line.error("unexpected fourth field '" + line.field(3) + "' (only 'ambiguous' is allowed here)");
            }
            ambiguous = true;
        } else if (line.fields().size() > 4) {
            throw line.error("expected 3 fields, found " + line.fields().size());
        }
        List<String> tokens = PhraseTokenizer.tokens(phrase);
        if (kind.isSector()) {
            tokens = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        }
        String where = line.where();
        if (layer) {
            if (!line.comment().startsWith("Phoenix.")) {
                throw line.error("a layer line must name its source in a comment ('# Phoenix.<file>:<line>')");
            }
            where += " (" + line.comment() + ")";
        }
        return new ActorEntry(code, kind, phrase, tokens, from, to, ambiguous, where, layer);
    }

    private static LocalDate date(DictionaryLine line, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw line.error("bad date '" + text + "' (expected YYYY-MM-DD)");
        }
    }
}
