package dev.dyad.petrarch;

import dev.dyad.model.ActorRef;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Layer;
import dev.dyad.model.Modality;
import dev.dyad.model.Sentence;
import dev.dyad.model.Span;
import dev.dyad.model.Token;
import dev.dyad.nlp.ConstituencyParser;
import dev.dyad.ontology.CameoCode;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.petrarch.coder.PetrarchCoder;
import dev.dyad.petrarch.coder.PtbTree;
import dev.dyad.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The event coder of {@code dyad code --dictionaries petrarch:DIR}, in place of dyad's own: each sentence is
 * parsed into a constituency tree and coded by {@link PetrarchCoder} as PETRARCH2 would (require_dyad:
 * events without source or target are dropped); discarded stories and sentences code nothing. Event dates
 * and places are then added by dyad's stages. Thread-safe.
 */
public final class PetrarchCoderStage implements Stage {
    private final PetrarchCoder coder;
    private final PetrarchDiscards discards;
    private final CameoOntology ontology;
    private final ConstituencyParser parser;
    private final String pipelineVersion;

    public PetrarchCoderStage(PetrarchDictionaries dicts, ConstituencyParser parser, String pipelineVersion) {
        this.coder = new PetrarchCoder(dicts.lexicon());
        this.discards = dicts.discards();
        this.ontology = dicts.dictionaries().ontology().withExtraCodes(dicts.lexicon().codes());
        this.parser = parser;
        this.pipelineVersion = pipelineVersion;
    }

    @Override
    public String name() {
        return "petrarch-coder";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        List<Event> events = new ArrayList<>();
        if (PetrarchDiscards.match(discards.storyPhrases(), doc.article().text()) != null) {
            return doc.withEvents(events);
        }
        for (Sentence s : doc.sentences()) {
            if (s.tokens().isEmpty() || PetrarchDiscards.match(discards.sentencePhrases(), s.text()) != null) {
                continue;
            }
            PtbTree tree;
            try {
                tree = PtbTree.parse(parser.parse(s.tokens()));
            } catch (PtbTree.MalformedTreeException e) {
                continue;
            }
            if (tree.leaves().size() != s.tokens().size()) {
                continue; // the parser changed the tokens: leaves could not be mapped back
            }
            for (PetrarchCoder.Coded c : coder.code(tree, doc.article().date(), true)) {
                if (ontology.contains(c.code())) {
                    events.add(event(doc, s, c));
                }
            }
        }
        return doc.withEvents(events);
    }

    private Event event(AnnotatedDocument doc, Sentence s, PetrarchCoder.Coded c) {
        CameoCode code = ontology.get(c.code());
        Token verb = s.token(c.verb());
        ActorRef source = actor(doc, s, c.sourcePhrase(), c.source(), "PETRARCH noun phrase (source)");
        ActorRef target = actor(doc, s, c.targetPhrase(), c.target(), "PETRARCH noun phrase (target)");
        Event.Provenance p = new Event.Provenance("PETRARCH " + c.rule(), source.rule(), target.rule(),
                "not assessed (PETRARCH codes modality through patterns)", null, null, null, pipelineVersion);
        return new Event(doc.article().id(), s.index(), s.text(), source, target, code.code(), code.name(),
                code.quadClass(), code.goldstein(), new Event.Plover(code.ploverEvent(), code.ploverMode()),
                Modality.ASSERTED, null, null, null, null, null, null,
                Event.TextSpan.of(verb.text(), new Span(verb.start(), verb.end())), null, 0.5, c.rule(), p,
                c.verb(), null);
    }

    private static ActorRef actor(AnnotatedDocument doc, Sentence s, PtbTree.Node np, String code, String rule) {
        if (np == null) {
            return new ActorRef("", code, new int[] {s.start(), s.start()}, rule);
        }
        List<PtbTree.Node> leaves = np.leaves();
        int start = s.token(leaves.get(0).index()).start();
        int end = s.token(leaves.get(leaves.size() - 1).index()).end();
        return new ActorRef(doc.article().text().substring(start, end), code, new int[] {start, end}, rule);
    }
}
