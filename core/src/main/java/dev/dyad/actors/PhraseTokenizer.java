package dev.dyad.actors;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Tokenizes dictionary phrases with the tokenizer CoreNLP applies to articles, so both sides match. */
public final class PhraseTokenizer {
    private PhraseTokenizer() {
    }

    public static List<String> tokens(String phrase) {
        if (phrase.endsWith(".")) {
            // Tokenize a final abbreviation as it stands inside a sentence, where names are matched: PTB reads
            // "Marcos Jr." at the very end as "Jr" + full stop, but "Marcos Jr. met" as "Jr." (the article's token).
            List<String> inside = tokenize(phrase + " x");
            return inside.subList(0, inside.size() - 1);
        }
        return tokenize(phrase);
    }

    private static List<String> tokenize(String phrase) {
        PTBTokenizer<CoreLabel> t = new PTBTokenizer<>(new StringReader(phrase), new CoreLabelTokenFactory(),
                "invertible=true,untokenizable=noneKeep");
        List<String> out = new ArrayList<>();
        while (t.hasNext()) {
            String word = t.next().originalText();
            if (!word.isEmpty()) { // PTB adds an empty "." after a final abbreviation such as "U.S."
                out.add(word);
            }
        }
        return out;
    }
}
