package dev.dyad.petrarch.coder;

import dev.dyad.petrarch.coder.PetrarchLexicon.Actor;
import dev.dyad.petrarch.coder.PetrarchLexicon.DatedCode;
import dev.dyad.petrarch.coder.PetrarchLines.Line;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH actor dictionary: an actor is a phrase line ({@code NAME_WORDS [CODE]}), its {@code +SYNONYM}
 * lines and its code lines ({@code [CODE]}, {@code [CODE <date]}, {@code [CODE >date]}, {@code [CODE d1-d2]}, usually
 * indented); every {@code [...]} of those lines is one of its codes. A phrase with no code at all names an actor with
 * a null code, as in PETRARCH2. Dates are YYMMDD (YY below 30 is 20YY) or YYYYMMDD; what PETRARCH2 would read and dyad
 * cannot (a date of another length, a day not in the calendar, a synonym or code line before any actor) is skipped
 * and reported with its line. Stateless.
 */
final class ActorReader {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile(
            "(---|\\+\\+\\+|[A-Za-z0-9/]*)\\s*(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+)|(\\d+))?");

    private ActorReader() {
    }

    static void read(List<Line> lines, PetrarchLexicon into, DefectReport report) {
        List<String> phrases = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        boolean open = false;
        for (Line l : lines) {
            String text = l.text();
            boolean codeLine = text.startsWith("[");
            boolean synonym = text.startsWith("+");
            if ((codeLine || synonym) && !open) {
                report.skipped(l, (codeLine ? "code line" : "synonym") + " before any actor phrase");
                continue;
            }
            if (!codeLine && !synonym) {
                add(into, phrases, codes);
                phrases = new ArrayList<>();
                codes = new ArrayList<>();
                open = true;
            }
            Matcher m = BRACKET.matcher(text);
            int firstBracket = -1;
            while (m.find()) {
                firstBracket = firstBracket < 0 ? m.start() : firstBracket;
                DatedCode c = code(l, m.group(1), report);
                if (c != null) {
                    codes.add(c);
                }
            }
            String phrase = firstBracket >= 0 ? text.substring(0, firstBracket) : text;
            phrase = synonym ? phrase.substring(1) : phrase;
            if (!codeLine && !phrase.isBlank()) {
                phrases.add(phrase);
            }
        }
        add(into, phrases, codes);
    }

    private static void add(PetrarchLexicon into, List<String> phrases, List<DatedCode> codes) {
        for (String raw : phrases) {
            List<String> p = PetrarchLexicon.words(raw);
            if (!p.isEmpty()) {
                into.actors.computeIfAbsent(p.get(0), k -> new ArrayList<>())
                        .add(new Actor(p, PetrarchLexicon.gaps(raw), List.copyOf(codes)));
            }
        }
    }

    /** One {@code [...]}: its codes and the days they hold; null (reported) when dyad cannot read it. */
    static DatedCode code(Line l, String body, DefectReport report) {
        Matcher m = CODE.matcher(body.trim());
        if (!m.matches()) {
            report.skipped(l, "malformed code or date restriction [" + body.trim() + "]");
            return null;
        }
        List<String> codes = codes(m.group(1));
        try {
            if (m.group(2) != null) {
                LocalDate d = day(m.group(3));
                return new DatedCode(codes, m.group(2).equals("<") ? Validity.before(d) : Validity.after(d));
            }
            if (m.group(4) != null) {
                return new DatedCode(codes, new Validity(day(m.group(4)), day(m.group(5))));
            }
            if (m.group(6) != null) {
                LocalDate d = day(m.group(6));
                report.approximated(l, "a date without < or > read as 'from this day on'");
                return new DatedCode(codes, Validity.since(d));
            }
        } catch (BadDate e) {
            report.skipped(l, e.getMessage());
            return null;
        }
        return new DatedCode(codes, Validity.ALWAYS);
    }

    private static List<String> codes(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.isEmpty() || c.equals("---") || c.equals("+++")) {
            return List.of();
        }
        return List.copyOf(Arrays.asList(c.split("/")));
    }

    private static final class BadDate extends Exception {
        BadDate(String message) {
            super(message, null, false, false);
        }
    }

    private static LocalDate day(String digits) throws BadDate {
        int year;
        int rest;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = (yy < 30 ? 2000 : 1900) + yy;
            rest = 2;
        } else if (digits.length() == 8) {
            year = Integer.parseInt(digits.substring(0, 4));
            rest = 4;
        } else {
            throw new BadDate("date restriction skipped: " + digits.length() + "-digit date, not YYMMDD or YYYYMMDD");
        }
        try {
            return LocalDate.of(year, Integer.parseInt(digits.substring(rest, rest + 2)),
                    Integer.parseInt(digits.substring(rest + 2)));
        } catch (DateTimeException e) {
            throw new BadDate("date restriction skipped: " + digits + " is not a calendar day");
        }
    }
}
