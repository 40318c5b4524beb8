package dev.dyad.output;

import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Dependency;
import dev.dyad.model.Event;
import dev.dyad.model.Quote;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;

/** A human-readable dump of everything dyad found in an article, for checking the coding by eye. */
public final class Explain {
    private Explain() {
    }

    public static String render(AnnotatedDocument doc) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : doc.sentences()) {
            b.append("== sentence ").append(s.index()).append(": ").append(s.text()).append('\n');
            for (Token t : s.tokens()) {
                Dependency head = s.head(t.index());
                b.append(String.format("  %2d %-16s %-12s %-5s %-7s %s%n", t.index(), t.text(), t.lemma(), t.pos(),
                        t.ner().equals("O") ? "" : t.ner(),
                        head == null ? "root" : s.relation(t.index()) + " <- " + head.governor()));
            }
            for (ActorMention m : doc.actorsIn(s.index())) {
                b.append(String.format("  actor %-32s %-12s %-12s head=%d  %s%n", "'" + m.text() + "'", m.code(),
                        m.kind(), m.head(), m.rule()));
            }
            for (Event e : doc.events()) {
                if (e.sentence() == s.index()) {
                    b.append(String.format("  event %s -> %s %s %s %s date=%s  [%s]%n", e.source().code(),
                            e.target() == null ? "-" : e.target().code(), e.cameo(), e.modality().json(),
                            e.trigger().text(), e.eventDate(), e.provenance().code()));
                }
            }
        }
        for (Quote q : doc.quotes()) {
            b.append(String.format("quote %-8s %s: \"%s\"  (%s)%n", q.kind(), q.speaker() == null ? "?" : q.speaker().code()
                    + " " + q.speaker().text(), q.text().length() > 60 ? q.text().substring(0, 60) + "…" : q.text(), q.rule()));
        }
        return b.toString();
    }
}
