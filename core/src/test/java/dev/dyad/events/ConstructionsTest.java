package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Modality;
import dev.dyad.testing.SharedDyad;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One sentence per construction the coder must handle (sentences written for these tests). */
class ConstructionsTest {
    private static List<Event> events(String text) {
        AnnotatedDocument doc = SharedDyad.code(text, "2022-03-10");
        return doc.events();
    }

    /** "SRC>TGT:root:modality" per event, target "-" when absent. */
    private static List<String> summary(String text) {
        return events(text).stream().map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code())
                + ":" + e.cameo().substring(0, 2) + ":" + e.modality().json()).toList();
    }

    /** The sentence codes {@code expected} among other events: for constructions that imply other events too. */
    private static void assertHas(String text, String expected) {
        List<String> got = summary(text);
        assertTrue(got.contains(expected), "expected " + expected + " in " + got + " for: " + text);
    }

    /** The sentence codes exactly these events and no other: the construction implies nothing else. */
    private static void assertOnly(String text, String... expected) {
        assertEquals(List.of(expected), summary(text), "for: " + text);
    }

    @Test
    void activeVoice() {
        assertOnly("Iran condemned Israel on Monday.", "IRN>ISR:11:asserted");
    }

    @Test
    void passiveVoiceWithAgent() {
        assertOnly("Israel was condemned by Iran on Monday.", "IRN>ISR:11:asserted");
    }

    @Test
    void passiveWithoutAgentHasAnUnstatedSource() {
        List<Event> got = events("Iraqi brigades were destroyed near Basra.");
        assertEquals(1, got.size(), got.toString());
        Event e = got.get(0);
        assertEquals("---", e.source().code(), "the victim of a passive is not its source");
        assertEquals(null, e.source().span());
        assertTrue(e.source().rule().contains("passive without agent"), e.source().rule());
        assertEquals("IRQMIL", e.target().code());
    }

    @Test
    void theMeansIsNoSource() {
        assertOnly("A roadside bomb killed two Iraqi policemen on Sunday.", "--->IRQCOP:18:asserted");
    }

    @Test
    void cooperationNeedsAStatedSource() {
        assertTrue(events("Iran was praised for its restraint.").isEmpty());
    }

    @Test
    void refusalControlsItsComplement() {
        List<String> got = summary("Serbia refused to hold talks with Kosovo.");
        assertTrue(got.contains("SRB>XKX:12:asserted"), got.toString());
        assertFalse(got.stream().anyMatch(s -> s.contains(":04:")), "refused talks must not be coded as talks: " + got);
    }

    @Test
    void agreementToMeetIsIntent() {
        assertOnly("Japan agreed to hold talks with China.", "JPN>CHN:03:asserted");
    }

    @Test
    void threatControlsItsComplement() {
        assertOnly("The United States threatened to impose sanctions on Venezuela.", "USA>VEN:13:asserted");
    }

    @Test
    void lightVerbWithEventNoun() {
        assertOnly("India held talks with Pakistan in Islamabad.", "IND>PAK:04:asserted");
    }

    @Test
    void nominalEventWithAdjectivalSource() {
        assertOnly("Analysts watched a Chinese troop buildup near Taiwan.", "CHNMIL>TWN:15:asserted");
    }

    @Test
    void conjoinedSourcesGiveOneEventEach() {
        List<String> got = summary("France and Germany criticized Hungary.");
        assertTrue(got.contains("FRA>HUN:11:asserted") && got.contains("DEU>HUN:11:asserted"), got.toString());
    }

    @Test
    void prepositionalTarget() {
        assertOnly("Turkey warned Greece against militarizing the islands.", "TUR>GRC:13:asserted");
    }

    @Test
    void reportedSpeechIsAttributedToTheSpeaker() {
        List<Event> got = events("Sweden's foreign minister said that Norway criticized Denmark.");
        Event e = got.stream().filter(x -> x.source().code().equals("NOR")).findFirst().orElseThrow();
        assertEquals("DNK", e.target().code());
        assertEquals("SWEGOV", e.attributedTo().code());
    }

    @Test
    void quoteContentIsAttributedToItsSpeaker() {
        List<Event> got = events("“We will never negotiate with Kosovo,” said Serbia's president.");
        Event e = got.stream().filter(x -> x.target() != null && x.target().code().equals("XKX")).findFirst().orElseThrow();
        assertEquals("SRBGOV", e.source().code());
        assertEquals("SRBGOV", e.attributedTo().code());
        // announcing that one will never negotiate is refusing to: 125, asserted
        assertEquals("125", e.cameo());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void announcedRefusalOfCooperationIsARejection() {
        assertOnly("Serbia said it would not release the prisoners.", "SRB>-:12:asserted");
        assertOnly("Egypt said it will not attack Sudan.", "EGY>SDN:19:negated");
    }

    @Test
    void wouldInReportedSpeechIsTheSpeakersFuture() {
        assertOnly("Serbia said it would boycott the elections in Kosovo.", "SRB>XKX:13:asserted");
        assertOnly("Serbia would boycott the elections in Kosovo if asked.", "SRB>XKX:14:hypothetical");
    }

    @Test
    void aVowToFightIsAThreat() {
        assertOnly("Kurdish rebels in Iraq vowed to fight the Turkish army.", "IRQREB>TURMIL:13:asserted");
    }

    @Test
    void openedTalksHaveBegun() {
        assertOnly("Iran opened talks with Oman on Monday.", "IRN>OMN:04:asserted");
        assertOnly("Iran is open to talks with Oman.", "IRN>OMN:03:asserted");
    }

    @Test
    void theRejectedOfferIsNotAnEventOfItsOwn() {
        List<String> got = summary("Serbia rejected a Russian offer to host talks.");
        assertTrue(got.contains("SRB>RUS:12:asserted"), got.toString());
        assertFalse(got.stream().anyMatch(e -> e.startsWith("RUS>") && e.contains(":03:")), got.toString());
    }

    @Test
    void negationIsNeverAsserted() {
        assertOnly("Egypt did not attack Sudan.", "EGY>SDN:19:negated");
    }

    @Test
    void denialNegatesTheDeniedEvent() {
        List<String> got = summary("Russia denied that it attacked Ukraine.");
        assertFalse(got.contains("RUS>UKR:19:asserted"), got.toString());
        List<String> gerund = summary("Russia denied attacking Ukraine.");
        assertFalse(gerund.contains("RUS>UKR:19:asserted"), gerund.toString());
    }

    @Test
    void hypotheticalInvasionIsNotAnAttack() {
        List<Event> got = events("Officials discussed a possible Russian invasion of Ukraine.");
        assertTrue(got.stream().noneMatch(e -> e.modality() == Modality.ASSERTED && e.cameo().startsWith("19")), got.toString());
    }

    @Test
    void conditionalAttackIsHypothetical() {
        List<String> got = summary("Analysts said that if Iran attacks Israel, oil prices will rise.");
        assertTrue(got.contains("IRN>ISR:19:hypothetical"), got.toString());
    }

    @Test
    void futureCooperationAnnouncedBySourceIsIntent() {
        assertOnly("Brazil's president said Brazil will send aid to Haiti.", "BRA>HTI:03:asserted");
    }

    @Test
    void futureCooperationReportedByOthersIsTheirIntent() {
        assertOnly("Reporters said Brazil will send aid to Haiti.", "BRA>HTI:03:asserted");
    }

    @Test
    void futureConflictReportedByOthersStaysFuture() {
        assertOnly("Ukraine said Russia will attack Kyiv.", "RUS>UKR:19:future");
    }

    @Test
    void questionsAreMarked() {
        List<Event> got = events("Will Iran attack Israel?");
        assertTrue(got.stream().noneMatch(e -> e.modality() == Modality.ASSERTED), got.toString());
    }

    @Test
    void everyEventCarriesProvenance() {
        for (Event e : events("Iran condemned Israel on Monday.")) {
            assertTrue(e.rule().startsWith("events/verbs.txt:"), e.rule());
            assertTrue(e.source().rule().startsWith("actors/"), e.source().rule());
            assertTrue(e.provenance().pipeline().startsWith("dyad "), e.provenance().pipeline());
            assertEquals("2022-03-07", e.eventDate());
            assertEquals("relative", e.dateBasis());
            String sentence = e.sentenceText();
            assertEquals(e.trigger().text(), sentence.substring(e.trigger().span()[0], e.trigger().span()[1]));
        }
    }
    @Test
    void deonticModalInReportedSpeechIsADemand() {
        List<String> got = summary("Norway said on Tuesday that Sudan must return the seized helicopter.");
        assertTrue(got.contains("NOR>SDN:10:asserted"), got.toString());
        assertTrue(got.stream().noneMatch(g -> g.startsWith("SDN>") && g.endsWith(":asserted")),
                "what Sudan must do has not happened: " + got);
    }

    @Test
    void ownModalIsNoDemand() {
        List<String> got = summary("Norway said that it must cut its budget.");
        assertTrue(got.stream().noneMatch(g -> g.contains(":10:")), got.toString());
    }

    @Test
    void itTakesTheLastStateSubject() {
        assertOnly("Japan said on Tuesday it had halted economic aid to Serbia.", "JPN>SRB:16:asserted");
    }

    @Test
    void expletiveItIsNoActor() {
        List<Event> got = events("Japan said it was likely that Serbia would be condemned.");
        assertTrue(got.stream().noneMatch(e -> "it".equals(e.source().text())), got.toString());
    }

    @Test
    void subjectThroughOwnerAndCount() {
        assertOnly("Israeli army bulldozers demolished Palestinian homes in Gaza.", "ISRMIL>PSE:17:asserted");
        assertOnly("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "IRQ>-:14:asserted");
        assertOnly("A member of the Syrian parliament started a hunger strike on Monday.", "SYRLEG>-:14:asserted");
    }

    @Test
    void groupWithoutCountryIsCodedAsUnknownCountry() {
        assertOnly("Rebels attacked the police on Monday.", "---REB>---COP:19:asserted");
        assertOnly("Rebels in Mali attacked the police on Monday.", "MLIREB>---COP:19:asserted");
    }

    @Test
    void aidCountedInTonsIsStillAid() {
        assertOnly("Germany provided 500 tons of food aid to Sudan, officials said.", "DEU>SDN:07:asserted");
    }
    @Test
    void violenceByArmedForcesIsMilitaryForce() {
        assertOnly("Serbian troops killed three villagers near Pristina on Friday.", "SRBMIL>---CVL:19:asserted");
        assertOnly("Rebels killed three villagers near Pristina on Friday.", "---REB>---CVL:18:asserted");
    }

    @Test
    void declinedCommentIsNotARejection() {
        assertOnly("A Russian spokesman declined to comment on the report.", "RUSGOV>-:01:asserted");
    }
    @Test
    void anAttemptIsTheActNotAPlan() {
        assertOnly("Militants loyal to the warlord said they attempted to assassinate the governor of Kandahar.",
                "---REB>AFGGOV:18:asserted"); // issue 14: "the governor of Kandahar" is coded from its description
    }

    @Test
    void aPaymentMetIsNoMeeting() {
        List<String> got = summary("Poland said it would not be able to meet its payments to Germany this year.");
        assertTrue(got.stream().noneMatch(e -> e.contains(":04:") || e.contains(":12:")), got.toString());
    }

    @Test
    void anEmbeddedQuestionStatesNothing() {
        List<String> got = summary("Russia did not say whether it would attack Ukraine.");
        assertTrue(got.stream().noneMatch(e -> e.endsWith(":asserted")), got.toString());
    }

    @Test
    void aWishAboutSomeoneElseIsNotTheirIntent() {
        // issue 17: wanting another actor to act is asking it to (020), and what is wanted is no act of Serbia's
        List<String> got = summary("Germany wants Serbia to work with Kosovo.");
        assertTrue(got.contains("DEU>SRB:02:asserted"), got.toString());
        assertTrue(got.stream().noneMatch(e -> e.startsWith("SRB") && e.endsWith(":asserted")), got.toString());
    }

    @Test
    void killingsByWarplanesAreMilitaryForce() {
        assertOnly("Russian aircraft killed 46 Afghan civilians in Herat.", "RUS>AFGCVL:19:asserted");
    }

    @Test
    void aStatePassiveHasItsSubjectAsSource() {
        assertHas("Israel is opposed to French mediation.", "ISR>FRA:11:asserted"); // "French mediation" is itself an event
        // "population" is a civilian agent noun (the Phoenix agents layer): the target is ALBCVL
        assertOnly("Serb forces were engaged in ethnic cleansing against the Albanian population.", "SRBMIL>ALBCVL:20:asserted");
    }

    @Test
    void aGovernmentIsAnIt() {
        assertOnly("Iraq's interim government announced that it is prepared to impose martial law.", "IRQGOV>-:13:asserted");
    }

    @Test
    void conjoinedActorsOnlyCooperateOrFightWithEachOther() {
        List<String> got = summary("Germany and Ireland criticized the new rules.");
        assertTrue(got.contains("DEU>-:11:asserted"), got.toString());
        assertFalse(got.contains("DEU>IRL:11:asserted"), got.toString());
        assertOnly("Germany and Ireland agreed to hold talks.", "DEU>IRL:03:asserted", "IRL>DEU:03:asserted");
    }

    @Test
    void aNounsToClauseTakesItsModalityFromTheNoun() {
        List<String> plan = summary("Russia announced a plan to attack Ukraine.");
        assertFalse(plan.contains("RUS>UKR:19:asserted"), plan.toString());
        assertTrue(plan.contains("RUS>UKR:13:asserted"), plan.toString());
        assertOnly("There are no plans for Russia to meet Ukraine.", "RUS>UKR:04:negated");
        List<String> bid = summary("Reagan made a failed bid to trade arms with Iran.");
        assertFalse(bid.stream().anyMatch(e -> e.endsWith(":asserted") && e.contains(">IRN:06")), bid.toString());
    }

    @Test
    void troopsSentAreWhatWasSentNotTheTarget() {
        assertOnly("Japan sent troops to Iraq.", "JPN>IRQ:15:asserted");
        assertOnly("Japan offered to send troops to Iraq.", "JPN>IRQ:03:asserted");
    }

    @Test
    void aVowOfMilitaryOperationsIsAThreatAndNamesNoPartner() {
        List<String> got = summary("Turkey's president vowed to continue military operations against Kurdish militants in Syria.");
        assertTrue(got.stream().anyMatch(e -> e.startsWith("TURGOV>") && e.endsWith(":13:asserted")), got.toString());
        assertFalse(got.stream().anyMatch(e -> e.contains(":03:")), got.toString());
    }

    @Test
    void aParticipleSharesItsNounsModality() {
        assertOnly("The Security Council is expected to vote on a resolution condemning the coup in Niger.",
                "IGOUNO>NER:11:future");
    }

    @Test
    void protestersClashingWithPoliceIsAViolentProtest() {
        assertOnly("Protesters in Nairobi clashed with police over rising taxes.", "KENOPP>---COP:14:asserted");
    }

    @Test
    void chargingThatIsSayingNotCharging() {
        List<String> got = summary("The U.S. ambassador charged that Canada was protecting its fishermen.");
        assertFalse(got.stream().anyMatch(e -> e.contains(":17:")), got.toString());
        assertOnly("Kenyan police charged the opposition leader with treason.", "KENCOP>---OPP:17:asserted");
    }

    @Test
    void fightingInflationIsNoFighting() {
        assertTrue(summary("Germany said it would fight inflation this year.").stream().noneMatch(e -> e.contains(":19:")
                || e.contains(":13:")));
        assertTrue(summary("Reagan, fighting to recover from the Iran scandal, spoke to the nation.").stream()
                .noneMatch(e -> e.contains(":19:")));
    }

    // --- issue 17: targets and sources the way coders expect them (rules.txt "arguments", "place", "attack")

    private static boolean anyEvent(String text, String sourcePrefix, String targetPrefix, String root) {
        return summary(text).stream().anyMatch(e -> e.startsWith(sourcePrefix) && e.contains(">" + targetPrefix)
                && e.contains(":" + root + ":"));
    }

    @Test
    void countryNearTheEventIsItsTarget() {
        assertOnly("Russia staged naval exercises off Japan this week.", "RUS>JPN:15:asserted");
        assertOnly("Pakistan conducted military exercises along the Indian border.", "PAK>IND:15:asserted");
    }

    @Test
    void countryATopicIsAboutIsItsTarget() {
        String text = "Canada attended a summit on the crisis in Haiti.";
        assertTrue(anyEvent(text, "CAN", "HTI", "04"), summary(text).toString());
    }

    @Test
    void aMeetingPlaceIsNoTarget() {
        List<String> got = summary("Japan held talks in Germany on Monday.");
        assertTrue(got.stream().noneMatch(e -> e.contains(">DEU")), "'in' names a target only for force: " + got);
    }

    @Test
    void forceInACountryTargetsIt() {
        String text = "Two children died in an Israeli drone strike in Gaza.";
        assertTrue(anyEvent(text, "ISR", "PSE", "19"), summary(text).toString());
    }

    @Test
    void adjectivalAttackerIsTheSource() {
        String text = "Four villagers were killed in Russian artillery fire on Sunday.";
        List<Event> got = events(text);
        Event kill = got.stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
        assertTrue(kill.source().code().startsWith("RUS"), got.toString());
        assertTrue(kill.source().rule().contains("attack 'fire'"), kill.source().rule());
    }

    @Test
    void conjoinedObjectsGiveOneEventEach() {
        List<String> got = summary("Chile condemned Peru and Bolivia.");
        assertTrue(got.contains("CHL>PER:11:asserted") && got.contains("CHL>BOL:11:asserted"), got.toString());
    }

    @Test
    void wantingAnActorToActIsARequest() {
        List<String> got = summary("Spain wants Morocco to accept the returned migrants.");
        assertTrue(got.contains("ESP>MAR:02:asserted"), got.toString());
        assertTrue(got.stream().noneMatch(e -> e.startsWith("MAR")), "the wanted act is the request's content: " + got);
    }

    @Test
    void travelWarningReducesRelations() {
        assertOnly("Germany issued a travel warning for Iran.", "DEU>IRN:16:asserted");
        assertOnly("Italy advised its nationals against travel to Libya.", "ITA>LBY:16:asserted");
    }

    @Test
    void grantingPermissionYields() {
        assertOnly("Libya granted Egypt permission to use its airspace.", "LBY>EGY:08:asserted");
    }

    @Test
    void seekingAPartnershipIsAnAppeal() {
        assertOnly("Uzbekistan seeks a partnership with South Korea.", "UZB>KOR:02:asserted");
    }

    @Test
    void presentingEvidenceAgainstIsAnAccusation() {
        String text = "Kenya presented evidence against Somalia in court.";
        assertTrue(anyEvent(text, "KEN", "SOM", "11"), summary(text).toString());
    }
}
