package dev.dyad.petrarch;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryLine;
import dev.dyad.petrarch.ImportReport.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH/TABARI actor dictionaries ({@code NAME [CODE]}, {@code +ALTERNATIVE} names, dated code
 * lines {@code [CODE >20080101]}) into dyad actor lines ({@code CODE | name | Phrase}, or
 * {@code | person | ... | from..to} for dated codes; see {@code actors/FORMAT.md}).
 */
public final class PetrarchActors {
    private static final Pattern ACTOR_CODE = Pattern.compile("([A-Z]{3})+");
    private static final Pattern RESTRICTION = Pattern.compile(
            "(\\S+)\\s*(?:(<|>)\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))?");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");

    private record Restriction(String code, long from, long to, int line) {
    }

    private final String file;
    private final ImportReport report;
    private final List<DictionaryLine> out;
    private final Map<String, String> phrases;

    private PetrarchActors(String file, ImportReport report, List<DictionaryLine> out, Map<String, String> phrases) {
        this.file = file;
        this.report = report;
        this.out = out;
        this.phrases = phrases;
    }

    /** Appends dyad actor lines to {@code out}; {@code phrases} (phrase → where) is shared across files to catch duplicates. */
    public static void read(String file, String text, ImportReport report, List<DictionaryLine> out,
                            Map<String, String> phrases) {
        new PetrarchActors(file, report, out, phrases).parse(text);
    }

    private void parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<String> names = new ArrayList<>();
        List<Restriction> codes = new ArrayList<>();
        int nameLine = 0;
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String l = clean(lines[i]);
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("[") || l.startsWith("+")) {
                if (names.isEmpty()) {
                    throw new DictionaryException(file, n, "'" + l + "' without an actor name above it");
                }
                if (l.startsWith("+")) {
                    names.add(l.substring(1).trim());
                } else {
                    codes.add(restriction(n, bracket(n, l)));
                }
                continue;
            }
            flush(nameLine, names, codes);
            names = new ArrayList<>();
            codes = new ArrayList<>();
            nameLine = n;
            int b = l.indexOf('[');
            names.add((b >= 0 ? l.substring(0, b) : l).trim());
            if (names.get(0).isEmpty()) {
                throw new DictionaryException(file, n, "code without an actor name");
            }
            if (b >= 0) {
                codes.add(restriction(n, bracket(n, l.substring(b))));
            }
        }
        flush(nameLine, names, codes);
    }

    private void flush(int nameLine, List<String> names, List<Restriction> codes) {
        if (names.isEmpty()) {
            return;
        }
        if (codes.isEmpty()) {
            throw new DictionaryException(file, nameLine, "actor '" + names.get(0) + "' has no [code]");
        }
        emit(nameLine, names, codes);
    }

    /** A line without its {@code #} comment; {@code <!-- -->} lines are comments. */
    static String clean(String raw) {
        String l = raw.strip();
        if (l.startsWith("<!")) {
            return "";
        }
        boolean inCode = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            inCode = c == '[' || inCode && c != ']';
            if (c == '#' && !inCode) { // "[###]" is a code, not a comment
                return l.substring(0, i).strip();
            }
        }
        return l;
    }

    private String bracket(int n, String s) {
        Matcher m = BRACKET.matcher(s);
        if (!m.lookingAt()) {
            throw new DictionaryException(file, n, "malformed code '" + s + "' (expected [CODE] or [CODE <date])");
        }
        return m.group(1).trim();
    }

    private Restriction restriction(int n, String body) {
        Matcher m = RESTRICTION.matcher(body);
        if (!m.matches()) {
            throw new DictionaryException(file, n, "malformed code or date restriction '[" + body
                    + "]' (expected CODE, CODE <date, CODE >date or CODE date-date; dates YYMMDD or YYYYMMDD)");
        }
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        if (m.group(2) != null) {
            long d = day(n, m.group(3));
            if (m.group(2).equals("<")) {
                to = d - 1;
            } else {
                from = d + 1;
            }
        } else if (m.group(4) != null) {
            from = day(n, m.group(4));
            to = day(n, m.group(5));
            if (to < from) {
                throw new DictionaryException(file, n, "date range ends before it starts: [" + body + "]");
            }
        }
        return new Restriction(m.group(1), from, to, n);
    }

    private long day(int n, String digits) {
        try {
            if (digits.length() == 6) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                digits = (yy < 30 ? "20" : "19") + digits;
            }
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8))).toEpochDay();
        } catch (java.time.DateTimeException e) {
            throw new DictionaryException(file, n, "bad date '" + digits + "': " + e.getMessage());
        }
    }

    /** Disjoint date segments, earlier restrictions winning where they overlap; an undated code fills the rest. */
    private void emit(int n, List<String> names, List<Restriction> restrictions) {
        List<Restriction> segments = new ArrayList<>();
        Restriction fallback = null;
        for (Restriction r : restrictions) {
            if (r.from() == Long.MIN_VALUE && r.to() == Long.MAX_VALUE) {
                if (fallback != null) {
                    report.add(file + ":" + r.line(), Severity.UNSUPPORTED, "second undated code",
                            "[" + r.code() + "] after [" + fallback.code() + "]: not loaded");
                } else {
                    fallback = r;
                }
                continue;
            }
            segments.addAll(subtract(r, segments));
        }
        if (fallback != null) {
            segments.addAll(subtract(fallback, segments));
        }
        List<Restriction> usable = new ArrayList<>();
        for (Restriction r : segments) {
            String code = code(r);
            if (code != null) {
                usable.add(new Restriction(code, r.from(), r.to(), r.line()));
            }
        }
        if (usable.isEmpty()) {
            return;
        }
        boolean dated = usable.size() > 1 || usable.get(0).from() != Long.MIN_VALUE || usable.get(0).to() != Long.MAX_VALUE;
        if (dated && fallback == null && segments.stream().noneMatch(r -> r.to() == Long.MAX_VALUE)) {
            report.add(file + ":" + n, Severity.APPROXIMATED, "no code after the last date range",
                    "'" + names.get(0) + "': dyad codes it <country>ELI (former elite) after " + LocalDate.ofEpochDay(
                    segments.stream().mapToLong(Restriction::to).max().getAsLong()));
        }
        for (String name : names) {
            for (String phrase : variants(name)) {
                String before = phrases.putIfAbsent("actor\u0000" + phrase, file + ":" + n);
                if (before != null) {
                    report.add(file + ":" + n, Severity.UNSUPPORTED, "actor phrase defined twice",
                            "'" + phrase + "' already at " + before + ": not loaded");
                    continue;
                }
                for (Restriction r : usable) {
                    out.add(dated
                            ? new DictionaryLine(file, r.line(), List.of(r.code(), "person", phrase,
                                    date(r.from()) + ".." + date(r.to())), "")
                            : new DictionaryLine(file, r.line(), List.of(r.code(), "name", phrase), ""));
                }
            }
        }
    }

    private static String date(long day) {
        return day == Long.MIN_VALUE || day == Long.MAX_VALUE ? "" : LocalDate.ofEpochDay(day).toString();
    }

    private static List<Restriction> subtract(Restriction r, List<Restriction> covered) {
        List<Restriction> pieces = new ArrayList<>(List.of(r));
        for (Restriction c : covered) {
            List<Restriction> next = new ArrayList<>();
            for (Restriction p : pieces) {
                if (c.to() < p.from() || c.from() > p.to()) {
                    next.add(p);
                    continue;
                }
                if (p.from() < c.from()) {
                    next.add(new Restriction(p.code(), p.from(), c.from() - 1, p.line()));
                }
                if (p.to() > c.to()) {
                    next.add(new Restriction(p.code(), c.to() + 1, p.to(), p.line()));
                }
            }
            pieces = next;
        }
        return pieces;
    }

    /** dyad's actor code for a PETRARCH code, or null (reported) when it has no dyad equivalent. */
    private String code(Restriction r) {
        String c = r.code();
        String where = file + ":" + r.line();
        if (c.equals("---")) {
            return null; // a null code: the phrase is known and codes nothing in this period
        }
        if (!c.equals(c.toUpperCase(Locale.ROOT))) {
            report.add(where, Severity.APPROXIMATED, "lower-case actor code", "'" + c + "' read as upper case");
            c = c.toUpperCase(Locale.ROOT);
        }
        if (!ACTOR_CODE.matcher(c).matches()) {
            report.add(where, Severity.UNSUPPORTED, "actor code that is not 3-letter groups",
                    "'" + c + "' (alternatives with '/', '+++', codes of other lengths): not loaded");
            return null;
        }
        return c;
    }

    /**
     * Phrases dyad matches for a PETRARCH name: underscores are spaces; dyad matches names case-sensitively,
     * so each name is loaded as written (upper case) and in title case ("GAZA_CITY" → "GAZA CITY", "Gaza City").
     */
    static Set<String> variants(String name) {
        String words = name.replace('_', ' ').trim().replaceAll("\\s+", " ");
        Set<String> v = new LinkedHashSet<>();
        v.add(titleCase(words));
        v.add(words);
        return v;
    }

    static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char ch : words.toCharArray()) {
            b.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = ch == ' ' || ch == '-' || ch == '.';
        }
        return b.toString();
    }

    static Map<String, String> newPhraseIndex() {
        return new HashMap<>();
    }
}
