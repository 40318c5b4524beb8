package dev.dyad.nlp;

import dev.dyad.model.Token;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.lexparser.LexicalizedParser;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's English PCFG constituency parser over dyad's tokens: one leaf per token, so leaf {@code i} is
 * token {@code i}. PETRARCH's coder (package {@code petrarch}, which imports this one, never the reverse) codes
 * these trees; dyad's own coder uses the dependency parse instead. Loading takes a few seconds; thread-safe afterwards.
 */
public final class ConstituencyParser {
    public static final String MODEL = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";
    private final LexicalizedParser parser;

    public ConstituencyParser() {
        this.parser = LexicalizedParser.loadModel(MODEL);
    }

    /** The Penn Treebank tree of one sentence, {@code (ROOT (S ...))}; brackets in words are escaped. */
    public String parse(List<Token> tokens) {
        List<CoreLabel> words = new ArrayList<>();
        for (Token t : tokens) {
            CoreLabel l = new CoreLabel();
            String w = t.text().replace("(", "-LRB-").replace(")", "-RRB-").replaceAll("\\s+", "_");
            l.setWord(w);
            l.setValue(w);
            l.setTag(t.pos());
            words.add(l);
        }
        Tree tree = parser.parse(words);
        return tree.toString();
    }
}
