package dev.dyad.actors;

import dev.dyad.model.ActorMention;
import dev.dyad.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Actor resolution state for one article, fed sentence by sentence in order: persons first ({@link PersonMentions},
 * which remembers the persons seen so far, so that "Lavrov" and "he" find "Sergei Lavrov, Russia's foreign
 * minister"), then states and groups in the tokens persons left ({@link GroupMentions}), then the pronouns that refer
 * back to them ({@link PronounMentions}, which remembers the last subjects). Not thread-safe; one instance per article.
 */
final class ArticleActors {
    private final PersonMentions persons;
    private final GroupMentions groups;
    private final PronounMentions pronouns;

    ArticleActors(String text, LocalDate date, ActorDictionary dictionary, Descriptions descriptions) {
        MentionText mentionText = new MentionText(text, dictionary.mentionWords());
        this.persons = new PersonMentions(mentionText, date, dictionary, descriptions);
        this.groups = new GroupMentions(mentionText, dictionary, descriptions);
        this.pronouns = new PronounMentions(mentionText, persons);
    }

    List<ActorMention> resolve(Sentence s, List<Atom> atoms) {
        boolean[] used = new boolean[s.size()];
        List<ActorMention> found = new ArrayList<>(persons.find(s, atoms, used));
        found.addAll(groups.find(s, atoms, used));
        found.sort(Comparator.comparingInt(ActorMention::first));
        return pronouns.withPronouns(s, found);
    }
}
