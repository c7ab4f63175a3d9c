package dev.medlint.nlp.prohibited;

import dev.medlint.facts.TreatmentDirective;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import dev.medlint.page.Sentence;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds instructions to the reader to start, stop, switch, increase, decrease or avoid a treatment
 * for {@code treatment-directive}: an imperative ("Stop taking your statin", "Switch to X", "Avoid
 * chemotherapy"), a modal addressed to readers or patients ("You should stop chemotherapy and take
 * X", "Patients with lupus should avoid X"), a recommendation ("We recommend stopping ...", "It is
 * best to avoid ...", "Consider switching to X") or a prohibition on a named treatment ("Do not take
 * X"). The verb's object must be a treatment: a word from {@code lexicons/directive-treatments.txt},
 * the page's compound or a drug-like name.
 *
 * <p>Not directives: questions; negated statements ("Never start, stop, or change any treatment
 * based on information found online", "should not be interpreted as a recommendation to use,
 * discontinue, or modify any treatment"); sentences that defer the decision to a clinician
 * ({@code directive-deferrals.txt}: "Do not stop any medicine without talking to your doctor",
 * "Talk to your doctor before stopping", "ask your doctor whether to switch"); advice to discuss or
 * ask ("Discuss potential interactions with your current treatment regimen"). At most one fact per
 * sentence. Immutable and thread-safe.
 */
public final class TreatmentDirectiveAnnotator implements Annotator {
    private static final Map<String, String> VERBS = new LinkedHashMap<>();
    static {
        for (String v : new String[] {"start", "begin", "initiate", "take", "use", "try", "add", "resume"}) VERBS.put(v, "start");
        for (String v : new String[] {"stop", "quit", "discontinue", "cease", "halt", "end", "drop", "ditch", "abandon", "come off", "go off", "get off", "give up"}) VERBS.put(v, "stop");
        for (String v : new String[] {"switch", "change", "replace", "swap"}) VERBS.put(v, "switch");
        for (String v : new String[] {"increase", "raise", "double"}) VERBS.put(v, "increase");
        for (String v : new String[] {"decrease", "reduce", "lower", "cut", "halve", "taper", "cut back on", "cut down on"}) VERBS.put(v, "decrease");
        for (String v : new String[] {"avoid", "skip", "refuse", "decline", "forgo", "forego", "reject", "stay away from"}) VERBS.put(v, "avoid");
    }
    private static final Map<String, String> GERUNDS = new LinkedHashMap<>();
    static {
        String[][] g = {{"starting", "start"}, {"beginning", "start"}, {"initiating", "start"}, {"taking", "start"}, {"using", "start"},
            {"trying", "start"}, {"adding", "start"}, {"resuming", "start"}, {"stopping", "stop"}, {"quitting", "stop"},
            {"discontinuing", "stop"}, {"ceasing", "stop"}, {"halting", "stop"}, {"ending", "stop"}, {"dropping", "stop"},
            {"abandoning", "stop"}, {"ditching", "stop"}, {"coming off", "stop"}, {"giving up", "stop"}, {"switching", "switch"}, {"changing", "switch"},
            {"replacing", "switch"}, {"increasing", "increase"}, {"raising", "increase"}, {"doubling", "increase"},
            {"decreasing", "decrease"}, {"reducing", "decrease"}, {"lowering", "decrease"}, {"cutting", "decrease"},
            {"tapering", "decrease"}, {"avoiding", "avoid"}, {"skipping", "avoid"}, {"refusing", "avoid"},
            {"declining", "avoid"}, {"forgoing", "avoid"}};
        for (String[] e : g) GERUNDS.put(e[0], e[1]);
    }
    /** Verbs a prohibition ("Do not take X") turns into "avoid". */
    private static final Pattern PROHIBITION = Pattern.compile(
            "(?<![\\p{L}])(?:do\\s+not|don['\u2019]t|never)\\s+(?:ever\\s+)?(?:take|use|start|begin|try|get|have|undergo|accept|receive|agree\\s+to)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /**
     * Every PROHIBITION match starts with "do not", "don't"/"don’t" or "never", so it holds "not",
     * "don" or "never"; the pattern is ASCII case-insensitive, so the folded sentence holds it too.
     */
    private static final Cues PROHIBITION_CUES = Cues.anyOf("not", "don", "never");
    private static final Pattern SUBJECT_MODAL = Pattern.compile(
            "(?<![\\p{L}])(?:you|patients?|readers?|people|anyone|everyone|caregivers?|adults|children|women|men|they|we|those)(?![\\p{L}])"
                    + "[^.;:?!]{0,80}?(?<![\\p{L}])(?<!(?:may|might|could|would)\\s)(?:should|must|need\\s+to|needs\\s+to|ought\\s+to|have\\s+to|has\\s+to|had\\s+better|are\\s+advised\\s+to|is\\s+advised\\s+to|are\\s+encouraged\\s+to|are\\s+urged\\s+to|will\\s+want\\s+to)"
                    + "\\s+(?:(?:immediately|now|also|just|simply|probably|definitely|seriously|consider)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMEND = Pattern.compile(
            "(?<![\\p{L}])(?:(?:we|i)\\s+(?:strongly\\s+)?(?:recommend|advise|urge|suggest|encourage)(?:\\s+(?:that\\s+)?(?:you|patients|readers)(?:\\s+to)?)?"
                    + "|it\\s+is\\s+(?:best|important|essential|advisable|recommended|wise|better|crucial|vital)\\s+to"
                    + "|(?:consider|try)|(?:you|patients)\\s+(?:should|must)\\s+consider)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Where an imperative can stand: sentence start, after ; or :, after "and"/"then"/"so", or after an opening subordinate clause. */
    private static final Pattern CLAUSE_LEAD = Pattern.compile(
            "(?:^|[;:]\\s*|^(?:if|when|once|after|before|because|since|unless|while|as\\s+soon\\s+as|instead|in\\s+that\\s+case|for\\s+best\\s+results|finally|first|now)\\b[^;:]*?,\\s*)"
                    + "(?:(?:please|just|simply|immediately|also|then|now|always)\\s+)*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC_OBJECT = Pattern.compile("^\\s*(?:(?:taking|using)\\s+)?(?:any|all|a|your)?\\s*(?:current\\s+)?(?:treatments?|medicines?|medications?|therapy|therapies|drugs?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A second imperative joined to the first: "Stop X and use Y instead", "stop it and switch to Y". */
    private static final Pattern COORDINATED = Pattern.compile(
            "[^;:.?!]{0,60}?(?:,\\s*|\\s+)(?:and|then|and\\s+then|or)\\s+(?:(?:instead|immediately|just|simply)\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONJUNCTION = Pattern.compile("[,;]|\\b(?:and|or|but|if|when|because|unless)\\b", Pattern.CASE_INSENSITIVE);
    /** "Use of X", "Change in treatment": the verb word used as a noun. */
    private static final Pattern NOUN_USE = Pattern.compile("^\\s+(?:of|in|was|were|is|are|has|had|rates?)\\b", Pattern.CASE_INSENSITIVE);
    /** A finite verb after the object means the "imperative" was a subject noun phrase ("Lower doses were used"). */
    private static final Pattern SUBJECT_TAIL = Pattern.compile(
            "^(?:\\s+(?!if\\b|when\\b|unless\\b|until\\b|while\\b|because\\b|since\\b|before\\b|after\\b|as\\b)[\\p{L}\\p{N}'\u2019-]+){0,6}?\\s+(?:was|were|is|are|has|have|had|showed|shows|led|leads|produced|resulted|did|does|can|may|will|could|might|appears?|seems?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Deferral phrases that govern the whole sentence wherever they stand ("... without talking to your doctor"). */
    private static final Pattern SCOPING_DEFERRAL = Pattern.compile("^(?:without|unless|until|before|under|as|only|after)\\b|doctor['\u2019]s",
            Pattern.CASE_INSENSITIVE);

    /**
     * Words that show the treatment word is not the verb's object: another activity ("Stop smoking to
     * improve treatment outcomes"), an infinitive or a preposition phrase.
     */
    private static final Pattern BAD_GAP = Pattern.compile(
            "(?<![\\p{L}])(?!(?:taking|using|receiving|having|ongoing)\\b)\\p{L}+ing(?![\\p{L}])|(?<=\\p{L})\\s+to(?![\\p{L}])(?<!over\\s{1,9}to)|(?<![\\p{L}])(?:for|in|by|about|while|during|after|before|until|than|because)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** The treatment word only modifies the real object: "Avoid treatment delays", "Avoid drug interactions". */
    private static final Pattern MODIFIER_OF = Pattern.compile(
            "^[\\s-]+(?:delays?|outcomes?|decisions?|options?|costs?|plans?|planning|teams?|cent(?:er|re)s?|appointments?|schedules?|interruptions?|gaps?|mistakes?|errors?|records?|information|questions?|interactions?|side\\s+effects?|adherence|history|burden|fatigue|resistance)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** "Take 2 capsules" is a dosing instruction (dosing-information), not a directive to start a treatment. */
    private static final Pattern DOSE_FORM_ONLY = Pattern.compile(
            "^\\s+(?:\\S+\\s+){0,2}?(?:doses?|tablets?|capsules?|pills?|vials?|puffs?|drops?)\\b", Pattern.CASE_INSENSITIVE);

    private final Negation negation;
    private final Pattern verbs;
    private final Pattern gerunds;
    private final Pattern treatments;
    private final Pattern deferrals;
    private final Pattern drugNames;
    /** Necessary conditions of the patterns above, tested on the folded sentence first (see {@link Cues}). */
    private final Cues treatmentCues;
    private final Cues drugNameCues;
    private final Cues verbCues;
    private final Cues gerundCues;
    private final Cues deferralCues;

    public TreatmentDirectiveAnnotator(Pack pack, Negation negation) {
        this.negation = negation;
        this.verbs = Negation.phrasePattern(VERBS.keySet());
        this.gerunds = Negation.phrasePattern(GERUNDS.keySet());
        this.treatments = Prose.phrases(pack, "directive-treatments");
        this.deferrals = Prose.phrases(pack, "directive-deferrals");
        this.drugNames = Prose.drugNames(pack);
        this.treatmentCues = Cues.lexicon(Prose.lexicon(pack, "directive-treatments"));
        this.drugNameCues = Cues.suffixes(Prose.lexicon(pack, "drug-name-suffixes"));
        this.verbCues = Cues.lexicon(VERBS.keySet());
        this.gerundCues = Cues.lexicon(GERUNDS.keySet());
        this.deferralCues = Cues.lexicon(Prose.lexicon(pack, "directive-deferrals"));
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        Pattern compound = Prose.compound(page);
        Cues compoundCues = Prose.compoundCues(page);
        Prose.bodySentences(page).forEach(s -> find(s.text(), s.folded(), compound, compoundCues).ifPresent(d ->
                facts.accept(new TreatmentDirective(s.span(d.start, d.end), d.verb, s.text().substring(d.start, d.end)))));
    }

    private record Hit(int start, int end, String verb) {
    }

    /**
     * End offsets of the SUBJECT_MODAL and RECOMMEND matches of one sentence, found once per sentence
     * (lazily, on the first verb that needs them) instead of rescanning the sentence for every verb:
     * a {@code while (m.find())} loop over the whole sentence yields the same matches every time, so
     * "some match ends at {@code at}" is a lookup in these sets. Local to one find() call.
     */
    private static final class Positions {
        private final String s;
        private java.util.BitSet modalEnds;
        private java.util.BitSet considerModalEnds;
        private java.util.BitSet recommendEnds;

        Positions(String s) {
            this.s = s;
        }

        private void modals() {
            if (modalEnds != null) return;
            modalEnds = new java.util.BitSet();
            considerModalEnds = new java.util.BitSet();
            Matcher m = SUBJECT_MODAL.matcher(s);
            while (m.find()) {
                modalEnds.set(m.end());
                if (m.group().toLowerCase(Locale.ROOT).contains("consider")) considerModalEnds.set(m.end());
            }
        }

        /** Some SUBJECT_MODAL match ends at {@code at}. */
        boolean modalEndsAt(int at) {
            modals();
            return modalEnds.get(at);
        }

        /** As the former per-verb recommendation() check computed it: a RECOMMEND match, or a SUBJECT_MODAL match holding "consider", ends at {@code at}. */
        boolean recommendationAt(int at) {
            if (recommendEnds == null) {
                recommendEnds = new java.util.BitSet();
                Matcher m = RECOMMEND.matcher(s);
                while (m.find()) recommendEnds.set(m.end());
            }
            if (recommendEnds.get(at)) return true;
            modals();
            return considerModalEnds.get(at);
        }
    }

    /**
     * The directive of sentence {@code s} ({@code folded}: the same lower-cased), if any. The cues
     * only skip work that cannot give a hit: each is a necessary condition of the pattern it gates
     * (see {@link Cues}).
     */
    private Optional<Hit> find(String s, String folded, Pattern compound, Cues compoundCues) {
        if (Prose.isQuestion(s)) return Optional.empty();
        // Every hit needs treatmentAfter() > 0, i.e. a match of treatments, compound or drugNames in
        // a region of s with transparent bounds; none of them uses ^, $ or \\G, so such a match is
        // also a match on the whole sentence, and the sentence passes that pattern's cues. None
        // passes: no hit, and the costly per-verb position checks below can be skipped.
        // (one pass over the sentence's tokens for the three cues, see Cues.mayMatchEach)
        if (Cues.mayMatchEach(folded, treatmentCues, compoundCues, drugNameCues) == 0) {
            return Optional.empty();
        }
        // Every hit starts at a match of PROHIBITION, of the verbs or of the gerunds.
        long cues = Cues.mayMatchEach(folded, PROHIBITION_CUES, verbCues, gerundCues, deferralCues);
        boolean prohibition = (cues & 1) != 0;
        boolean verb = (cues & 2) != 0;
        boolean gerund = (cues & 4) != 0;
        if (!prohibition && !verb && !gerund) return Optional.empty();
        int deferral = (cues & 8) != 0 ? deferralLimit(s) : s.length();
        Positions positions = new Positions(s);
        if (prohibition) {
            Optional<Hit> h = prohibition(s, deferral, compound);
            if (h.isPresent()) return h;
        }
        if (verb) {
            Optional<Hit> h = imperative(s, deferral, compound, positions);
            if (h.isPresent()) return h;
        }
        return gerund ? recommendedGerund(s, deferral, compound, positions) : Optional.empty();
    }

    /** "Do not take X" with a specific X: a directive to avoid it (generic "any treatment" is safety advice). */
    private Optional<Hit> prohibition(String s, int deferral, Pattern compound) {
        Matcher p = PROHIBITION.matcher(s);
        while (p.find()) {
            if (p.start() >= deferral) continue;
            int objEnd = treatmentAfter(s, p.end(), compound);
            if (objEnd > 0 && !GENERIC_OBJECT.matcher(s.substring(p.end())).find() && !negation.isNegated(s, p.start(), p.end())) {
                return Optional.of(new Hit(p.start(), objEnd, "avoid"));
            }
        }
        return Optional.empty();
    }

    private Optional<Hit> imperative(String s, int deferral, Pattern compound, Positions positions) {
        Matcher v = verbs.matcher(s);
        int lastDirectiveVerb = -1;
        while (v.find()) {
            if (v.start() >= deferral) continue;
            boolean coordinated = lastDirectiveVerb >= 0 && COORDINATED.matcher(s.substring(lastDirectiveVerb, v.start())).matches();
            if (!coordinated && !directivePosition(s, v.start(), positions)) continue;
            lastDirectiveVerb = v.end();
            if (NOUN_USE.matcher(s.substring(v.end())).find()) continue;
            String verb = norm(v.group());
            if ((verb.equals("take") || verb.equals("use")) && DOSE_FORM_ONLY.matcher(s.substring(v.end())).find()) continue;
            Optional<Hit> h = hit(s, v.start(), v.end(), VERBS.get(verb), compound);
            if (h.isPresent()) return h;
        }
        return Optional.empty();
    }

    private Optional<Hit> recommendedGerund(String s, int deferral, Pattern compound, Positions positions) {
        Matcher g = gerunds.matcher(s);
        while (g.find()) {
            if (g.start() >= deferral || !positions.recommendationAt(g.start())) continue;
            Optional<Hit> h = hit(s, g.start(), g.end(), GERUNDS.get(norm(g.group())), compound);
            if (h.isPresent()) return h;
        }
        return Optional.empty();
    }

    /**
     * Verbs at or after the returned offset are deferred to a clinician. A governing deferral
     * ("without talking to your doctor", "unless your doctor advises") defers the whole sentence (0);
     * otherwise verbs after the first deferral are deferred ("Talk to your doctor before stopping")
     * and verbs before it are not ("Stop your chemo and ask your oncologist to prescribe X").
     */
    private int deferralLimit(String s) {
        Matcher d = deferrals.matcher(s);
        int first = s.length();
        while (d.find()) {
            if (SCOPING_DEFERRAL.matcher(d.group()).find()) return 0;
            first = Math.min(first, d.start());
        }
        return first;
    }

    private Optional<Hit> hit(String s, int start, int end, String verb, Pattern compound) {
        int objEnd = treatmentAfter(s, end, compound);
        if (objEnd < 0 || negation.isNegated(s, start, end)) return Optional.empty();
        if (opensMainClause(s, start) && SUBJECT_TAIL.matcher(s.substring(objEnd)).find()) {
            return Optional.empty();
        }
        return Optional.of(new Hit(start, objEnd, verb));
    }

    /** Imperative at a clause start, or after "you/patients should ...", "we recommend", "it is best to". */
    private boolean directivePosition(String s, int verbStart, Positions positions) {
        String before = s.substring(0, verbStart);
        if (CLAUSE_LEAD.matcher(before).find()) return true;
        return positions.modalEndsAt(verbStart) || positions.recommendationAt(verbStart);
    }

    /** The word opens the sentence (or a clause after ; or :), where a noun phrase could be the subject. */
    private static boolean opensMainClause(String s, int at) {
        String before = s.substring(0, at);
        return CLAUSE_LEAD.matcher(before).find() && !before.contains(",");
    }

    /**
     * End of a treatment object within five tokens after {@code from} in the same clause, or -1.
     * "Switch to atezolizumab", "stop taking your statin", "avoid chemotherapy".
     */
    private int treatmentAfter(String s, int from, Pattern compound) {
        int limit = Math.min(s.length(), negation.clauseEnd(s, from));
        int best = -1;
        for (Pattern p : new Pattern[] {treatments, compound, drugNames}) {
            Matcher m = p.matcher(s).region(from, limit);
            m.useTransparentBounds(true);
            if (m.find() && Prose.tokens(s, from, m.start()) <= 4 && !crossesConjunction(s, from, m.start())
                    && !BAD_GAP.matcher(s.substring(from, m.start())).find()
                    && !MODIFIER_OF.matcher(s.substring(m.end())).find()) {
                if (best < 0 || m.end() < best) best = m.end();
            }
        }
        return best;
    }

    private static boolean crossesConjunction(String s, int from, int to) {
        return CONJUNCTION.matcher(s).region(from, to).find();
    }

    private static String norm(String v) {
        return v.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
