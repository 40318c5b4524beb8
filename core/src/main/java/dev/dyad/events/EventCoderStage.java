package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.ActorRef;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Layer;
import dev.dyad.model.Modality;
import dev.dyad.model.Quote;
import dev.dyad.model.Sentence;
import dev.dyad.model.Span;
import dev.dyad.model.Token;
import dev.dyad.ontology.CameoCode;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.stage.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes events over the dependency parse: finds triggers, reads modality and control verbs, drops
 * events that are only the content of another coded event ("demanding that NATO deny ..."), attaches
 * source, target and attribution, and fills the CAMEO/PLOVER fields. Thread-safe.
 */
public final class EventCoderStage implements Stage {
    private static final Set<String> ABSORBING_RELATIONS = Set.of("xcomp", "ccomp", "csubj", "obj", "advcl");
    private final CameoOntology ontology;
    private final RuleBook rules;
    private final TriggerMatcher matcher;
    private final ModalityAnalyzer modality;
    private final ArgumentFinder arguments = new ArgumentFinder();
    private final PlaceTargets places;
    private final Attackers attackers;
    private final SpeechVerbs speech;
    private final String pipelineVersion;

    public EventCoderStage(CameoOntology ontology, PatternDictionary patterns, RuleBook rules, String pipelineVersion) {
        this.ontology = ontology;
        this.rules = rules;
        this.matcher = new TriggerMatcher(patterns);
        this.modality = new ModalityAnalyzer(rules);
        this.speech = new SpeechVerbs(rules);
        this.places = new PlaceTargets(rules);
        this.attackers = new Attackers(rules);
        this.pipelineVersion = pipelineVersion;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ACTORS, Layer.QUOTES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        List<Event> events = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<ActorMention> mentions = doc.actorsIn(s.index());
            if (mentions.isEmpty()) {
                continue; // no actor, no event: the cheapest and most common exit
            }
            Set<Integer> superseded = new HashSet<>();
            List<Candidate> found = candidates(s, superseded);
            List<Candidate> candidates = absorb(s, controlled(found, superseded));
            Set<String> seen = new HashSet<>();
            List<Event> coded = new ArrayList<>();
            for (Candidate c : candidates) {
                coded.addAll(build(doc, s, c, mentions, true));
            }
            coded.addAll(demands(doc, s, mentions));
            for (Event e : coded) {
                String key = e.source().code() + ">" + (e.target() == null ? "" : e.target().code()) + ":" + e.cameo()
                        + ":" + e.modality();
                if (seen.add(key)) {
                    events.add(e);
                }
            }
        }
        return doc.withEvents(events);
    }

    private List<Candidate> candidates(Sentence s, Set<Integer> superseded) {
        List<Candidate> out = new ArrayList<>();
        for (int t = 0; t < s.size(); t++) {
            EventPattern p = matcher.match(s, t);
            if (p == null || p.codesNothing()) {
                continue;
            }
            boolean nominal = !p.verb();
            int head = t;
            Modality lightModality = null;
            if (nominal) {
                int gov = s.governor(t);
                String rel = s.relation(t);
                // "held talks", "talks were held", "engaged in ethnic cleansing";
                // not "imposed a blackout on the withdrawal" (the light verb has an object of its own)
                boolean oblique = rel.startsWith("obl") && s.children(gov, "obj").isEmpty();
                if (gov >= 0 && rules.light(s.token(gov)) != null
                        && (rel.equals("obj") || oblique || rel.equals("nsubj:pass"))) {
                    head = gov;
                    lightModality = rules.light(s.token(gov));
                }
            }
            ModalityAnalyzer.Reading r = modality.read(s, t);
            Modality m = r.modality();
            String why = r.why();
            if (m == Modality.ASSERTED && lightModality != null && lightModality != Modality.ASSERTED) {
                m = lightModality;
                why = "light predicate '" + s.token(head).text() + "'";
            }
            Candidate c = new Candidate(t, p, p.code(), null, m, why, head, nominal, -1);
            if (r.mapping() != null && controllerCodesItself(s, r.controller())) {
                continue; // "refused to comment" is 011 by the pattern of "refuse", not a rejected 010
            }
            if (r.mapping() != null && p.underlay() && ownPattern(s, r.controller())) {
                continue; // "refused to take part": dyad's own 'refuse' (120) wins over the layer's complement
            }
            if (r.mapping() != null) {
                // "vowed to fight": a promise of conflict is a threat, not an intent to cooperate; a promise of troops
                // (15: "offered to send troops") is military cooperation (the intent map)
                boolean conflict = rootBetween(p.code(), 13, 14) || rootBetween(p.code(), 16, 20);
                String mapping = r.mapping().equals("intent") && conflict ? "threat" : r.mapping();
                String mapped = rules.map(mapping, p.code());
                if (mapped != null) {
                    c = c.recoded(mapped, mapping + " via '" + s.token(r.controller()).text() + "' from " + p.code(),
                            m == Modality.FUTURE ? Modality.ASSERTED : m, why);
                } else if (m == Modality.ASSERTED && mapping.equals("intent")) {
                    // "pledged to investigate": promised, not done
                    String promised = "control word '" + s.token(r.controller()).text() + "'";
                    c = c.recoded(p.code(), null, Modality.FUTURE, promised);
                }
                superseded.add(r.controller());
                c = c.controlledBy(r.controller());
            } else if (r.refusal() && rootBetween(p.code(), 3, 8)) {
                // "the U.S. said it would not meet the demands": announcing that one will not cooperate is refusing
                String mapped = rules.map("reject", p.code());
                if (mapped != null) {
                    c = c.recoded(mapped, "reject: cooperation announced as not going to happen (" + why + ")",
                            Modality.ASSERTED, "announced refusal (" + why + ")");
                }
            }
            out.add(c);
        }
        return out;
    }

    /** The word has a pattern of dyad's own (not of the imported layer) that matches here. */
    private boolean ownPattern(Sentence s, int t) {
        EventPattern p = t < 0 ? null : matcher.match(s, t);
        return p != null && !p.underlay();
    }

    /**
     * A control verb with a pattern for this very complement ({@code xcomp=}) is coded by that pattern; so is one
     * with an object pattern whose object does the complement ("Spain wants Morocco to accept the migrants" is
     * Spain's request to Morocco, not a future acceptance).
     */
    private boolean controllerCodesItself(Sentence s, int controller) {
        EventPattern own = controller < 0 ? null : matcher.match(s, controller);
        return own != null && !own.codesNothing() && (!own.xcomps().isEmpty()
                || !own.objects().isEmpty() && ArgumentFinder.objectControlled(s, controller));
    }

    /** Removes a control verb's own event when the event it governs was coded ("refused to talk" → 125, not 120 + 046). */
    private static List<Candidate> controlled(List<Candidate> candidates, Set<Integer> superseded) {
        return candidates.stream().filter(c -> !superseded.contains(c.trigger())).toList();
    }

    /**
     * Drops events that are the content of another coded event (its complement, condition or object clause). An event
     * of the imported layer never absorbs one of dyad's own patterns: it is dropped instead ("reiterated its commitment
     * to the accord" stays dyad's 057, not the layer's 030), so that dyad's patterns win wherever they fire.
     */
    private List<Candidate> absorb(Sentence s, List<Candidate> all) {
        List<Candidate> candidates = all.stream().filter(o -> !o.pattern().underlay() || all.stream()
                .noneMatch(c -> c != o && !c.pattern().underlay() && absorbs(s, o, c))).toList();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean absorbed = false;
            for (Candidate o : candidates) {
                if (o != c && absorbs(s, o, c)) {
                    absorbed = true;
                    break;
                }
            }
            if (!absorbed) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean absorbs(Sentence s, Candidate o, Candidate c) {
        // only verbs take clausal content; "a buildup that has stoked concern" does not absorb what follows
        return !o.nominal() && o.trigger() != c.trigger() && isContentOf(s, o.trigger(), c.trigger())
                // "the demand that Israel ease restrictions", "a plan to attack": what a noun event is about
                || o.nominal() && contentOfNoun(s, o.trigger(), c.trigger())
                // "rejected a US offer to host a summit": the offer is what was rejected, not an event of its own
                || c.nominal() && o.controller() >= 0 && s.governor(c.trigger()) == o.controller()
                && s.relation(c.trigger()).equals("obj");
    }

    /** The inner trigger heads a "that"/"to" clause attached to the noun (not a relative clause). */
    private static boolean contentOfNoun(Sentence s, int noun, int inner) {
        String rel = s.relation(inner);
        if (s.governor(inner) != noun || !(rel.equals("acl") || rel.equals("ccomp"))) {
            return false;
        }
        return ModalityAnalyzer.hasMark(s, inner, "that") || ModalityAnalyzer.hasMark(s, inner, "to");
    }

    private boolean isContentOf(Sentence s, int outer, int inner) {
        int prev = inner;
        int node = s.governor(inner);
        for (int guard = 0; node >= 0 && guard < 12; guard++) {
            String rel = s.relation(prev);
            if (rel.equals("parataxis") || node != outer && rules.isSpeechVerb(s.token(node).lowerLemma())) {
                return false;
            }
            if (node == outer) {
                String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
                return ABSORBING_RELATIONS.contains(base) && (s.token(prev).isVerb() || base.equals("xcomp")
                        || base.equals("advcl") || base.equals("ccomp") || base.equals("obj"));
            }
            prev = node;
            node = s.governor(node);
        }
        return false;
    }

    /** @param unstatedSourceAllowed whether a pattern event may have no stated source ({@link #unstatedSource}) */
    private List<Event> build(AnnotatedDocument doc, Sentence s, Candidate c, List<ActorMention> mentions,
                              boolean unstatedSourceAllowed) {
        List<ActorMention> sources = c.nominal()
                ? arguments.nounSource(s, c.trigger(), c.argumentHead() == c.trigger() ? -1 : c.argumentHead(), mentions)
                : arguments.subjectOf(s, c.trigger(), mentions);
        if (sources.isEmpty() && !c.nominal()
                && rootBetween(c.code(), UNSTATED_SOURCE_ROOTS[0], UNSTATED_SOURCE_ROOTS[1])) {
            sources = attackers.of(s, c.trigger(), mentions); // "killed in Russian shelling"
        }
        if (sources.isEmpty()) {
            return unstatedSourceAllowed ? unstatedSource(doc, s, c, mentions) : List.of();
        }
        Attribution attribution = attribution(doc, s, c.trigger(), mentions);
        List<Event> out = new ArrayList<>();
        for (ActorMention source : sources.subList(0, Math.min(3, sources.size()))) {
            Candidate k = byProtesters(byArmedForces(s, selfAnnounced(c, source, attribution), source), source);
            List<ActorMention> targets = arguments.targetOf(s, k, mentions, List.of(source));
            if (targets.isEmpty() && k.controller() >= 0) {
                // "rejected a proposal by France to mediate": the controller's object holds the target
                targets = arguments.targetOf(s, k.controlledBy(-1).withArgumentHead(k.controller()), mentions, List.of(source));
            }
            if (targets.isEmpty() && k.code().startsWith("13")) {
                targets = arguments.conditionSubject(s, c.trigger(), mentions, List.of(source));
            }
            if (targets.isEmpty() && sources.size() > 1 && reciprocal(s, k)) {
                // "Armenia and Azerbaijan agreed to resume talks": conjoined actors act on each other
                targets = sources.stream().filter(o -> !o.entity().equals(source.entity())).toList();
            }
            if (targets.isEmpty()) {
                targets = places.of(s, k, mentions, source); // "naval drills off Taiwan", "a summit on Haiti"
            }
            if (targets.isEmpty()) {
                out.add(event(doc, s, k, source, null, attribution));
            }
            for (ActorMention target : targets.subList(0, Math.min(3, targets.size()))) {
                out.add(event(doc, s, k, source, target, attribution));
            }
        }
        return out;
    }

    /**
     * "Three US servicemen were killed by an improvised explosive device": a conflict event (roots
     * {@link #UNSTATED_SOURCE_ROOTS}) whose source the text does not state, but whose target is an actor, is coded
     * with source {@code ---} (no text, no span; the rule says why). Never for cooperation: "Iran was praised" says
     * too little.
     */
    private List<Event> unstatedSource(AnnotatedDocument doc, Sentence s, Candidate c, List<ActorMention> mentions) {
        String why = c.nominal() || !rootBetween(c.code(), UNSTATED_SOURCE_ROOTS[0], UNSTATED_SOURCE_ROOTS[1]) ? null
                : arguments.unstatedSource(s, c.trigger());
        if (why == null) {
            return List.of();
        }
        List<ActorMention> targets = arguments.affected(s, c.trigger(), mentions);
        Attribution attribution = attribution(doc, s, c.trigger(), mentions);
        ActorRef nobody = new ActorRef(null, ActorMention.UNKNOWN_COUNTRY, null, why);
        return targets.subList(0, Math.min(3, targets.size())).stream()
                .map(t -> event(doc, s, c, nobody, t, attribution)).toList();
    }

    /** CAMEO roots (from, to) that are coded without a stated source: disapprove (11) to mass violence (20). */
    private static final int[] UNSTATED_SOURCE_ROOTS = {11, 20};

    /**
     * "Russia said on Tuesday that Sudan must return the helicopter": a deontic modal ({@code deontic} rules) on
     * the complement of a speech verb is a demand by the speaker on the complement's subject; the trigger is the
     * speech verb. No demand when either side is not an actor, or both are the same actor ("we must act").
     */
    private List<Event> demands(AnnotatedDocument doc, Sentence s, List<ActorMention> mentions) {
        List<Event> out = new ArrayList<>();
        for (int m = 0; m < s.size(); m++) {
            String code = rules.deontic(s.token(m).text().toLowerCase(java.util.Locale.ROOT));
            if (code == null || !s.relation(m).equals("aux")) {
                continue;
            }
            int predicate = s.governor(m);
            int verb = predicate < 0 ? -1 : s.governor(predicate);
            String rel = predicate < 0 ? "" : s.relation(predicate);
            if (verb < 0 || !(rel.equals("ccomp") || rel.equals("parataxis"))
                    || !rules.isSpeechVerb(s.token(verb).lowerLemma())) {
                continue;
            }
            ActorMention demander = speech.speaker(s, verb, mentions);
            List<ActorMention> demanded = arguments.subjectOf(s, predicate, mentions);
            if (demander == null || demanded.isEmpty()) {
                continue;
            }
            Candidate c = ruleless(s, verb, code, "events/rules.txt deontic '" + s.token(m).text() + "'");
            for (ActorMention target : demanded) {
                if (!target.entity().equals(demander.entity())) {
                    out.add(event(doc, s, c, demander, target, null));
                }
            }
        }
        return out;
    }

    /**
     * Codes a sentence's main predicate with a code the rules did not find (a model's, see
     * {@link ModelFallbackStage}): the root verb, or the complement of a root speech verb ("Japan said it had
     * halted ..."); source, target, modality and attribution as for pattern events. Empty when the predicate
     * has no actor as subject.
     *
     * @param why what proposed the code (recorded in the provenance's code field)
     */
    public List<Event> codeMainPredicate(AnnotatedDocument doc, Sentence s, String code, String why, double confidence) {
        int t = mainPredicate(s);
        if (t < 0 || ontology.get(code) == null) {
            return List.of();
        }
        Candidate c = ruleless(s, t, code, "model:cameo-root");
        // a model's guess needs a stated source: with neither a pattern nor an actor, too little is known
        return build(doc, s, c, doc.actorsIn(s.index()), false).stream().map(e -> e.withConfidence(confidence, why))
                .toList();
    }

    /**
     * Whether {@link #codeMainPredicate} could code anything in {@code s}, whatever root it is given: the main
     * predicate needs a stated source (its subject, or for conflict roots an attacker). A superset test that costs
     * a few dependency lookups, so the learned fallback embeds only sentences it could code (issue 16).
     */
    public boolean mainPredicateHasSource(AnnotatedDocument doc, Sentence s) {
        int t = mainPredicate(s);
        if (t < 0) {
            return false;
        }
        List<ActorMention> mentions = doc.actorsIn(s.index());
        return !arguments.subjectOf(s, t, mentions).isEmpty() || !attackers.of(s, t, mentions).isEmpty();
    }

    /** A verb coded by something other than a verb pattern ({@code where} says what), with its own modality. */
    private Candidate ruleless(Sentence s, int verb, String code, String where) {
        EventPattern p = new EventPattern(code, true, s.token(verb).lowerLemma(), null, Set.of(), Set.of(), Set.of(),
                Set.of(), null, where);
        ModalityAnalyzer.Reading r = modality.read(s, verb);
        return new Candidate(verb, p, code, null, r.modality(), r.why(), verb, false, -1);
    }

    private int mainPredicate(Sentence s) {
        int root = -1;
        for (int i = 0; i < s.size() && root < 0; i++) {
            if (s.governor(i) < 0 && !s.relation(i).isEmpty()) {
                root = i;
            }
        }
        if (root >= 0 && rules.isSpeechVerb(s.token(root).lowerLemma())) {
            for (int c : s.children(root, "ccomp", "parataxis")) {
                if (s.token(c).isVerb() || !s.children(c, "cop").isEmpty()) {
                    return c;
                }
            }
        }
        return root;
    }

    /**
     * A future act of cooperation is a statement of intent ("Fischer will visit Albania in June, the embassy
     * said": 036, attributed to the embassy). A future act of conflict is a threat only when its own source
     * announces it, or the text states it with no one else reporting it; one a third party reports ("Kyiv said
     * Moscow will attack") stays future, as it is a claim about Moscow, not a threat Moscow made.
     */
    private Candidate selfAnnounced(Candidate c, ActorMention source, Attribution attribution) {
        if (c.modality() != Modality.FUTURE) {
            return c;
        }
        boolean thirdParty = attribution != null && attribution.country() != null
                && !attribution.country().equals(source.country());
        for (String mapping : thirdParty ? List.of("intent") : List.of("intent", "threat")) {
            String mapped = rules.map(mapping, c.code());
            boolean applies = mapping.equals("intent") ? rootBetween(c.code(), 3, 8) : rootBetween(c.code(), 14, 20);
            if (mapped != null && applies) {
                String by = thirdParty ? " reported by a third party" : " announced by its source";
                return c.recoded(mapped, "future " + c.code() + by + " -> " + mapping, Modality.ASSERTED,
                        "announced " + mapping + " (was future: " + c.modalityRule() + ")");
            }
        }
        return c;
    }

    /**
     * "Serb troops killed three villagers", "Russian aircraft killed 46 civilians": unconventional violence by
     * armed forces, or by the weapons only armed forces field, is military force.
     */
    private Candidate byArmedForces(Sentence s, Candidate c, ActorMention source) {
        String armed = source.code().startsWith("MIL", 3) ? source.text() : s.children(c.trigger(), "nsubj").stream()
                .map(subject -> s.token(subject)).filter(t -> MILITARY_PLATFORMS.contains(t.lowerLemma()))
                .map(dev.dyad.model.Token::text).findFirst().orElse(null);
        return bySource(c, "military", armed);
    }

    /**
     * "Protesters clashed with police": violence by protesters, strikers or farmers on the street is a violent
     * protest (the {@code popular} map), not military force.
     */
    private Candidate byProtesters(Candidate c, ActorMention source) {
        boolean popular = POPULAR_SECTORS.contains(source.code().length() >= 6 ? source.code().substring(3, 6) : "");
        return bySource(c, "popular", popular ? source.text() : null);
    }

    /** Re-codes by a source map ({@code military}, {@code popular}) when {@code who}, the words calling for it, is set. */
    private Candidate bySource(Candidate c, String mapping, String who) {
        String mapped = who == null ? null : rules.map(mapping, c.code());
        if (mapped == null || mapped.equals(c.code())) {
            return c;
        }
        return c.recoded(mapped, mapping + " via '" + who + "' from " + c.code(), c.modality(), c.modalityRule());
    }

    private static final Set<String> POPULAR_SECTORS = Set.of("OPP", "LAB", "AGR", "EDU");

    /**
     * Events that conjoined actors do to each other: cooperation (roots 03-06: "agreed to resume talks") and
     * fighting ("clashed"); not criticism or attacks ("Germany and Ireland are opposed to the steps").
     */
    private static boolean reciprocal(Sentence s, Candidate c) {
        return rootBetween(c.code(), 3, 6) || RECIPROCAL_CONFLICT.contains(s.token(c.trigger()).lowerLemma());
    }

    private static final Set<String> RECIPROCAL_CONFLICT = Set.of("clash", "fight", "skirmish", "battle", "exchange");

    private static final Set<String> MILITARY_PLATFORMS = Set.of("aircraft", "warplane", "jet", "helicopter", "gunship",
            "drone", "tank", "warship", "artillery");

    private static boolean rootBetween(String code, int lo, int hi) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= lo && root <= hi;
    }

    /** Who said so: as written into the event, the speaker's country (null when not coded) and entity key. */
    record Attribution(ActorRef speaker, String country, String entity, String rule) {
        static Attribution of(ActorMention m, String rule) {
            return new Attribution(ActorRef.of(m), m.country(), m.entity(), rule);
        }
    }

    /**
     * Who reported the event: the speaker of the direct quote it is in, else of the innermost reported claim
     * ({@code dev.dyad.quotes}: the same speakers as {@code dyad quotes} gives), else the subject of the speech verb
     * governing it.
     */
    private Attribution attribution(AnnotatedDocument doc, Sentence s, int trigger, List<ActorMention> mentions) {
        Token t = s.token(trigger);
        Span at = new Span(t.start(), t.end());
        Quote claim = null;
        for (Quote q : doc.quotes()) {
            if (q.speaker() == null || !q.covers(at)) {
                continue;
            }
            if (q.kind().equals("direct")) {
                return fromQuote(q, "direct quote by '");
            }
            if (claim == null || q.charSpan().length() < claim.charSpan().length()) {
                claim = q;
            }
        }
        if (claim != null) {
            return fromQuote(claim, "reported claim by '");
        }
        int node = trigger;
        for (int guard = 0; node >= 0 && guard < 12; guard++) {
            int gov = s.governor(node);
            String rel = s.relation(node);
            if (gov >= 0 && rules.isSpeechVerb(s.token(gov).lowerLemma()) && (rel.equals("ccomp") || rel.equals("parataxis"))) {
                return speakerOf(s, gov, mentions);
            }
            if (gov < 0) {
                // "Russia is expected to ..., Russia's top diplomat announced": the speech verb hangs below the clause
                for (int c : s.children(node, "parataxis", "ccomp", "advcl")) {
                    if (rules.isSpeechVerb(s.token(c).lowerLemma()) && c != trigger) {
                        return speakerOf(s, c, mentions);
                    }
                }
            }
            node = gov;
        }
        return null;
    }

    private static Attribution fromQuote(Quote q, String how) {
        String code = q.speaker().code();
        String country = code == null || code.length() < 3 ? null : code.substring(0, 3);
        return new Attribution(q.speaker(), country, q.speakerEntity(), how + q.speaker().text() + "'");
    }

    private Attribution speakerOf(Sentence s, int speechVerb, List<ActorMention> mentions) {
        ActorMention who = speech.speaker(s, speechVerb, mentions);
        return who == null ? null : Attribution.of(who, "subject of '" + s.token(speechVerb).text() + "'");
    }

    private Event event(AnnotatedDocument doc, Sentence s, Candidate c, ActorMention source, ActorMention target,
                        Attribution attribution) {
        return event(doc, s, c, ActorRef.of(source), target, attribution);
    }

    private Event event(AnnotatedDocument doc, Sentence s, Candidate c, ActorRef source, ActorMention target,
                        Attribution attribution) {
        CameoCode code = ontology.get(c.code());
        Token t = s.token(c.trigger());
        // an actor of unknown country (---GOV) tells a reader less about who acted: less sure, not dropped
        double confidence = 0.55 + (target == null ? 0 : 0.15) + 0.05 * Math.min(3, c.pattern().specificity())
                - (c.codeRule() == null ? 0 : 0.05) - (ActorMention.countryKnown(source.code()) ? 0 : 0.1);
        Event.Provenance p = new Event.Provenance(
                c.pattern().describe() + (c.codeRule() == null ? "" : "; " + c.codeRule()),
                source.rule(), target == null ? null : target.rule(),
                c.modalityRule() == null ? "no modality marker" : c.modalityRule(), null, null,
                attribution == null ? null : attribution.rule(), pipelineVersion);
        return new Event(doc.article().id(), s.index(), s.text(), source,
                target == null ? null : ActorRef.of(target), code.code(), code.name(), code.quadClass(), code.goldstein(),
                new Event.Plover(code.ploverEvent(), code.ploverMode()), c.modality(), null, null, null, null, null, null,
                Event.TextSpan.of(t.text(), new Span(t.start(), t.end())),
                attribution == null ? null : attribution.speaker(),
                Math.round(Math.min(0.95, confidence) * 100) / 100.0, c.pattern().where(), p, c.trigger(),
                attribution == null ? null : attribution.entity());
    }
}
