package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.ActorRef;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Attribution;
import dev.dyad.model.EventCoding;
import dev.dyad.model.Sentence;
import dev.dyad.ontology.CameoOntology;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a candidate into events: finds its sources and targets over the dependency parse (with the fallbacks for
 * attackers, controllers, conditions, conjoined actors and place targets), its attribution, re-codes it by its source,
 * and scores it ({@link #confidence}). Thread-safe.
 */
final class EventAssembler {
    /** At most this many sources per candidate and targets per source: a longer list is a parse gone astray. */
    private static final int MAX_ARGUMENTS = 3;
    private final CameoOntology ontology;
    private final RuleBook rules;
    private final SubjectFinder subjects;
    private final TargetFinder targetFinder;
    private final PlaceTargets places;
    private final Attackers attackers;
    private final AttributionFinder attributions;
    private final SourceRecoding recoding;
    private final EventFactory factory;

    EventAssembler(CameoOntology ontology, RuleBook rules, SpeechVerbs speech, EventFactory factory) {
        this.ontology = ontology;
        this.rules = rules;
        this.places = new PlaceTargets(rules);
        this.subjects = new SubjectFinder(rules);
        this.targetFinder = new TargetFinder(rules);
        this.attackers = new Attackers(rules, subjects);
        this.attributions = new AttributionFinder(rules, speech);
        this.recoding = new SourceRecoding(rules);
        this.factory = factory;
    }

    SubjectFinder subjects() {
        return subjects;
    }

    /**
     * Whether a verb event at {@code verb} could have a stated source whatever its code: its subject, or (for conflict
     * roots, so a superset here) an attacker. {@link #build} with no unstated source allowed codes nothing without one.
     */
    boolean hasStatedSource(Sentence s, int verb, List<ActorMention> mentions) {
        return !subjects.subjectOf(s, verb, mentions).isEmpty() || !attackers.of(s, verb, mentions).isEmpty();
    }

    /** @param unstatedSourceAllowed whether a pattern event may have no stated source ({@link #unstatedSource}) */
    List<EventCoding> build(AnnotatedDocument doc, Sentence s, Candidate c, List<ActorMention> mentions,
                            boolean unstatedSourceAllowed) {
        List<ActorMention> sources = c.nominal()
                ? subjects.nounSource(s, c.trigger(), c.argumentHead() == c.trigger() ? -1 : c.argumentHead(), mentions)
                : subjects.subjectOf(s, c.trigger(), mentions);
        if (sources.isEmpty() && !c.nominal() && unstatedRoot(c.code())) {
            sources = attackers.of(s, c.trigger(), mentions); // "killed in Russian shelling"
        }
        if (sources.isEmpty()) {
            return unstatedSourceAllowed ? unstatedSource(doc, s, c, mentions) : List.of();
        }
        Attribution attribution = attributions.of(doc, s, c.trigger(), mentions);
        List<EventCoding> out = new ArrayList<>();
        for (ActorMention source : sources.subList(0, Math.min(MAX_ARGUMENTS, sources.size()))) {
            Candidate k = recoding.apply(s, c, source, attribution);
            List<ActorMention> targets = targets(s, c, k, source, sources, mentions);
            if (targets.isEmpty() && !"required".equals(c.pattern().target())) {
                // target=required: no actor acted on, no event
                out.add(event(doc, s, k, ActorRef.of(source), null, attribution));
            }
            for (ActorMention target : targets.subList(0, Math.min(MAX_ARGUMENTS, targets.size()))) {
                out.add(event(doc, s, k, ActorRef.of(source), target, attribution));
            }
        }
        // a company acting alone or on another company is business news, not a political event (rules.txt "private")
        out.removeIf(e -> rules.privateOnly(e.source().code(), e.target() == null ? null : e.target().code()));
        return out;
    }

    /** The targets of the re-coded candidate {@code k} for one source: the first of the searches that finds any. */
    private List<ActorMention> targets(Sentence s, Candidate c, Candidate k, ActorMention source,
                                       List<ActorMention> sources, List<ActorMention> mentions) {
        List<ActorMention> targets = targetFinder.targetOf(s, k, mentions, List.of(source));
        if (targets.isEmpty() && k.controller() >= 0) {
            // "rejected a proposal by France to mediate": the controller's object holds the target
            targets = targetFinder.targetOf(s, k.controlledBy(-1).withArgumentHead(k.controller()), mentions, List.of(source));
        }
        if (targets.isEmpty() && k.code().startsWith("13")) {
            targets = targetFinder.conditionSubject(s, c.trigger(), mentions, List.of(source));
        }
        if (targets.isEmpty() && sources.size() > 1 && reciprocal(s, k)) {
            // "Armenia and Azerbaijan agreed to resume talks": conjoined actors act on each other
            targets = sources.stream().filter(o -> !o.entity().equals(source.entity())).toList();
        }
        if (targets.isEmpty()) {
            targets = places.of(s, k, mentions, source); // "naval drills off Taiwan", "a summit on Haiti"
        }
        return targets;
    }

    private static boolean unstatedRoot(String code) {
        return CameoRoots.between(code, CameoRoots.UNSTATED_SOURCE_FROM, CameoRoots.UNSTATED_SOURCE_TO);
    }

    /**
     * "Three US servicemen were killed by an improvised explosive device": a conflict event (roots
     * {@link CameoRoots#UNSTATED_SOURCE_FROM} to {@link CameoRoots#UNSTATED_SOURCE_TO}) whose source the text does not
     * state, but whose target is an actor, is coded with an unstated source ({@link ActorRef#unstated}). Never for
     * cooperation: "Iran was praised" says too little.
     */
    private List<EventCoding> unstatedSource(AnnotatedDocument doc, Sentence s, Candidate c, List<ActorMention> mentions) {
        String why = c.nominal() || !unstatedRoot(c.code()) ? null : subjects.unstatedSource(s, c.trigger());
        if (why == null) {
            return List.of();
        }
        List<ActorMention> targets = subjects.affected(s, c.trigger(), mentions);
        Attribution attribution = attributions.of(doc, s, c.trigger(), mentions);
        ActorRef nobody = ActorRef.unstated(why);
        return targets.subList(0, Math.min(MAX_ARGUMENTS, targets.size())).stream()
                .map(t -> event(doc, s, c, nobody, t, attribution)).toList();
    }

    /**
     * Events that conjoined actors do to each other: cooperation (roots 03-06: "agreed to resume talks") and
     * fighting ("clashed"); not criticism or attacks ("Germany and Ireland are opposed to the steps").
     */
    private boolean reciprocal(Sentence s, Candidate c) {
        return CameoRoots.between(c.code(), 3, 6) || rules.in(RuleBook.WordList.RECIPROCAL, s.token(c.trigger()).lowerLemma());
    }

    /** The events-layer record of a candidate with these actors. */
    EventCoding event(AnnotatedDocument doc, Sentence s, Candidate c, ActorRef source, ActorMention target,
                      Attribution attribution) {
        EventFactory.Coded what = new EventFactory.Coded(ontology.get(c.code()),
                c.pattern().describe() + (c.codeRule() == null ? "" : "; " + c.codeRule()), c.modality(),
                c.modalityRule() == null ? "no modality marker" : c.modalityRule(), c.pattern().where(),
                confidence(c, source, target));
        return factory.event(doc.article().id(), s, c.trigger(), source, target == null ? null : ActorRef.of(target), what,
                attribution);
    }

    /**
     * The rules' own confidence: 0.55, more with a target (+0.15) and a more specific pattern (+0.05 a constraint, up
     * to three), less for a re-coded event (-0.05) and for a source of unknown country (-0.1: "---GOV" tells a reader
     * less about who acted; less sure, not dropped); at most 0.95, to two decimals.
     */
    static double confidence(Candidate c, ActorRef source, ActorMention target) {
        double confidence = 0.55 + (target == null ? 0 : 0.15) + 0.05 * Math.min(3, c.pattern().specificity())
                - (c.codeRule() == null ? 0 : 0.05) - (ActorMention.countryKnown(source.code()) ? 0 : 0.1);
        return Math.round(Math.min(0.95, confidence) * 100) / 100.0;
    }
}
