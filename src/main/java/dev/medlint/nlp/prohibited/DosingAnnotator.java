package dev.medlint.nlp.prohibited;

import dev.medlint.nlp.Keywords;
import dev.medlint.facts.DosingMention;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import dev.medlint.page.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dose and regimen statements for {@code dosing-information}: {@link DosingMention}s of kind
 * "amount" (a number with a dose unit from {@code lexicons/dosing-units.txt}: "1200 mg", "15 mg/kg"),
 * "schedule" (a dosing frequency tied to giving or taking a compound: "atezolizumab every 3 weeks",
 * "twice daily", "q3w", "BID") and "instruction" (an administration instruction: "take two
 * tablets", "apply twice").
 *
 * <p>Not dosing: lab values (a non-dose unit from {@code non-dose-units.txt} such as mg/dL, or a
 * number right after a lab analyte from {@code dosing-lab-terms.txt}), counts, trial names with
 * digits, durations ("52-week trial"), "single dose" without an amount, a route alone, and schedules
 * about monitoring or study conduct ("scanned every 3 weeks", see {@code dosing-monitoring-cues.txt})
 * or that are negated. Amounts and instructions are reported even under negation ("do not take more
 * than two tablets" still gives a dose). Only body prose is scanned. Immutable and thread-safe.
 */
public final class DosingAnnotator implements Annotator {
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+";
    private static final String NUM_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half\\s+a|a\\s+half";
    private static final Pattern AMOUNT_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/\\-])(?:" + NUM + ")(?:\\s*(?:-|\u2013|to|or)\\s*(?:" + NUM + "))?\\s*-?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + NUM_WORD + ")\\s+(?=(?:milligram|microgram|gram|milliliter|millilitre)s?(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE);
    /** Per-something tails that keep a dose a dose: mg/kg/day, mg/m2, units/kg, mg/dose. */
    private static final Pattern DOSE_TAIL = Pattern.compile(
            "(?:\\s*/\\s*(?:kg|m2|m\u00B2|m\\^2|day|d|dose|week|wk|h|hr|hour|cycle)(?![\\p{L}\\p{N}]))*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIO_AFTER = Pattern.compile("\\s*/\\s*\\p{L}|\\s+per\\s+(?:dl|deciliter|decilitre|l|liter|litre|ml|min)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LAB_BRIDGE = Pattern.compile(
            "(?:\\s+(?:level|levels|concentrations?|values?|was|were|is|are|of|above|below|over|under|greater|less|higher|lower|than|at|least|most|exceeding|around|about|approximately|reached|to|from|between|and)|\\s*[<>\u2264\u2265=]=?)*\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final String NUMBER_OR_WORD = "(?:\\d+|" + NUM_WORD + "|a|an|another)";
    private static final String FORM = "(?:tablets?|caplets?|capsules?|pills?|softgels?|gummies|vials?|ampoules?|ampules?|puffs?|drops?|patch(?:es)?|injections?|sprays?|sachets?|teaspoons?|tablespoons?|spoonfuls?|scoops?|lozenges?|suppositor(?:y|ies)|doses?)";
    private static final String ADMIN_VERB = "(?:take|inject|apply|swallow|chew|inhale|use|administer|give|dissolve|insert|spray|rub|instil|instill)";
    private static final Pattern INSTRUCTION_FORM = Pattern.compile(
            "(?<![\\p{L}])" + ADMIN_VERB + "\\s+(?:(?:up\\s+to|no\\s+more\\s+than|more\\s+than|at\\s+least|only|exactly|another)\\s+)?"
                    + NUMBER_OR_WORD + "\\s+(?:(?:more|extra|additional|full|whole|small|large|\\d+[- ]?(?:mg|mcg|ml|g))\\s+)?" + FORM + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INSTRUCTION_FREQ = Pattern.compile(
            "(?<![\\p{L}])" + ADMIN_VERB + "(?:\\s+(?!and\\b|or\\b|then\\b)[\\p{L}\\p{N}'\u2019-]+){0,3}?\\s+(?:once|twice|thrice|(?:\\d+|two|three|four|five|six)\\s+times|daily|nightly|weekly|every\\s+(?:day|morning|evening|night|\\d+|one|two|three|four|other)|with\\s+(?:food|meals|water|milk)|on\\s+an\\s+empty\\s+stomach|at\\s+bedtime|before\\s+(?:bed|meals|breakfast)|after\\s+(?:meals|breakfast|food))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INSTRUCTION_TAIL = Pattern.compile(
            "\\s+(?:once|twice|thrice|(?:\\d+|two|three|four|five|six)\\s+times|daily|nightly|weekly|every|with|on\\s+an|at\\s+bedtime|before|after)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_SPACE = Pattern.compile("\\S+");
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("(?<![\\p{L}])(?:it|them|this|these|those|one|each)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** A "single dose" or "a dose" without amount is not an instruction; "take the dose" neither. */
    private static final Pattern WEAK_QUANTITY = Pattern.compile("\\s(?:a|an|another)\\s+(?:(?:single|more|extra|additional|full|whole|small|large)\\s+)?doses?$",
            Pattern.CASE_INSENSITIVE);

    private static final String COUNT = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)";
    private static final Pattern STRONG_SCHEDULE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[qQ]\\.?\\s?\\d+\\s?(?:w|wk|wks|weeks?|d|days?|h|hr|hrs|hours?)|q\\.d\\.|b\\.i\\.d\\.?|t\\.i\\.d\\.?|q\\.i\\.d\\.?|q\\.h\\.s\\.?|q\\.o\\.d\\.?|QD|BID|TID|QID|QHS|QOD|QW|QAM|QPM)(?![\\p{L}\\p{N}])");
    private static final Pattern SCHEDULE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:"
                    + "(?:once|twice|thrice|" + COUNT + "\\s+times|\\d+\\s*[x\u00D7])\\s+(?:(?:a|per|each|every)\\s+)?(?:daily|day|weekly|week|monthly|month|fortnight|night|nightly|morning|evening)"
                    + "|every\\s+(?:other\\s+)?(?:" + COUNT + "(?:\\s*(?:-|\u2013|to|or|,|,\\s*or|and|,\\s*and)\\s*" + COUNT + ")*\\s+)?(?:hours?|days?|weeks?|months?|morning|evening|night|cycle)"
                    + "|on\\s+days?\\s+\\d+(?:\\s*(?:,|and|&|to|-|\u2013)\\s*\\d+)*\\s+of\\s+(?:each|every|a|the)\\s+(?:\\d+[- ]day\\s+)?cycles?"
                    + "|\\d+[- ]day\\s+cycles?"
                    + "|(?:" + COUNT + "|two|three|four|six)[- ]weekly"
                    + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    /** Single frequency adverbs count only right next to an administration word ("daily dose", "given weekly"). */
    private static final Pattern ADVERB_SCHEDULE = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:daily|weekly|nightly|monthly|fortnightly)(?![\\p{L}\\p{N}-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENT_BREAK = Pattern.compile("[;:()]|,\\s+and\\b|\\band\\b|\\bwhile\\b|\\bwhereas\\b|\\bbut\\b",
            Pattern.CASE_INSENSITIVE);

    private final Negation negation;
    private final Pattern doseUnit;
    private final Pattern nonDoseUnit;
    private final Pattern labTerms;
    private final Pattern strongCues;
    private final Pattern weakCues;
    private final Pattern monitoringCues;
    private final Pattern drugNames;
    /**
     * Necessary condition of an amount: every amount needs a {@code doseUnit} match (lookingAt with
     * transparent bounds, so also a match on the whole sentence), hence the sentence passes these cues
     * (see {@link Cues#lexicon}).
     */
    private final Cues doseUnitCues;

    public DosingAnnotator(Pack pack, Negation negation) {
        this.negation = negation;
        this.doseUnit = Prose.phrases(pack, "dosing-units");
        this.nonDoseUnit = Prose.phrases(pack, "non-dose-units");
        this.labTerms = Prose.phrases(pack, "dosing-lab-terms");
        this.strongCues = Prose.phrases(pack, "dosing-admin-cues");
        this.weakCues = Prose.phrases(pack, "dosing-weak-cues");
        this.monitoringCues = Prose.phrases(pack, "dosing-monitoring-cues");
        this.drugNames = Prose.drugNames(pack);
        this.doseUnitCues = Cues.lexicon(Prose.lexicon(pack, "dosing-units"));
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        Pattern compound = Prose.compound(page);
        Prose.bodySentences(page).forEach(s -> annotate(s, compound, facts));
    }

    private void annotate(Sentence sentence, Pattern compound, Consumer<Object> facts) {
        String s = sentence.text();
        List<int[]> taken = new ArrayList<>();
        // The folded sentence stands in for s.toLowerCase(Locale.ROOT) in the literal pre-checks: the
        // patterns they guard are ASCII case-insensitive, and folded maps every ASCII letter to lower
        // case just as well (it differs only on chars no such pattern matches).
        String lower = sentence.folded();
        amounts(sentence, s, lower, facts, taken);
        schedules(sentence, s, lower, compound, facts, taken);
        instructions(sentence, s, lower, compound, facts, taken);
    }

    private void amounts(Sentence sentence, String s, String lower, Consumer<Object> facts, List<int[]> taken) {
        if (!doseUnitCues.mayMatch(lower)) return;
        for (Pattern numbers : List.of(AMOUNT_NUMBER, WORD_AMOUNT)) {
            // AMOUNT_NUMBER needs an ASCII digit (NUM is all \d); WORD_AMOUNT's look-ahead needs
            // (milli|micro)gram or millilit(er|re). Skipping a pattern whose literal is absent loses nothing.
            if (numbers == AMOUNT_NUMBER ? !hasAsciiDigit(s) : !WORDED_AMOUNT_CUES.anyIn(lower)) continue;
            Matcher n = numbers.matcher(s);
            while (n.find()) {
                int unitStart = n.end();
                if (unitStart >= s.length()) continue;
                Matcher nd = nonDoseUnit.matcher(s).region(unitStart, s.length());
                if (nd.lookingAt()) continue;
                Matcher u = doseUnit.matcher(s).region(unitStart, s.length());
                u.useTransparentBounds(true);
                if (!u.lookingAt()) continue;
                int end = u.end();
                Matcher tail = DOSE_TAIL.matcher(s).region(end, s.length());
                if (tail.lookingAt()) end = tail.end();
                if (RATIO_AFTER.matcher(s).region(end, s.length()).lookingAt()) continue; // mg/dL, mg per dL
                if (afterLabTerm(s, n.start())) continue;
                int start = n.start();
                if (Prose.overlaps(taken, start, end)) continue;
                taken.add(new int[] {start, end});
                facts.accept(new DosingMention(sentence.span(start, end), "amount", s.substring(start, end)));
            }
        }
    }

    private boolean afterLabTerm(String s, int numberStart) {
        int from = Math.max(0, numberStart - 60);
        Matcher lab = labTerms.matcher(s).region(from, numberStart);
        lab.useTransparentBounds(true);
        while (lab.find()) {
            if (LAB_BRIDGE.matcher(s).region(lab.end(), numberStart).matches()) return true;
        }
        return false;
    }

    /**
     * The words of {@link #ADMIN_VERB}, each followed by whitespace in INSTRUCTION_FORM and
     * INSTRUCTION_FREQ (both start with one); before it the patterns only reject a letter, so a digit
     * may precede: a word end, anything before ({@link Cues#suffixes}).
     */
    /**
     * Every INSTRUCTION_FORM match holds a FORM word, so one of these lower-case substrings (the
     * pattern is ASCII case-insensitive, and folded lower-cases every ASCII letter).
     */
    private static final Keywords WORDED_AMOUNT_CUES = Keywords.of("gram", "liter", "litre");
    private static final Keywords FORM_CUES = Keywords.of("tablet", "caplet", "capsule", "pill", "softgel", "gummies", "vial", "ampoule",
            "ampule", "puff", "drop", "patch", "injection", "spray", "sachet", "teaspoon", "tablespoon", "spoonful", "scoop",
            "lozenge", "suppositor", "dose");
    /**
     * Every INSTRUCTION_FREQ match ends with one of its frequency alternatives, each holding one of
     * these: once, twice, thrice, times, daily, nightly, weekly, every (every ...), food/meal/water/milk
     * (with ..., after meals/food, before meals), empty (on an empty stomach), bed (at bedtime, before
     * bed), breakfast (before/after breakfast).
     */
    private static final Keywords FREQ_CUES = Keywords.of("once", "twice", "thrice", "times", "daily", "nightly", "weekly", "every",
            "food", "meal", "water", "milk", "empty", "bed", "breakfast");

    private static final Cues ADMIN_VERB_CUES = Cues.suffixes(List.of(ADMIN_VERB.substring("(?:".length(), ADMIN_VERB.length() - 1).split("\\|")));

    private void instructions(Sentence sentence, String s, String lower, Pattern compound, Consumer<Object> facts, List<int[]> taken) {
        // Both patterns begin with ADMIN_VERB and are ASCII case-insensitive: without one of its
        // words in the folded sentence neither can match (a superset test).
        if (!ADMIN_VERB_CUES.mayMatch(lower)) return;
        for (Pattern p : List.of(INSTRUCTION_FORM, INSTRUCTION_FREQ)) {
            // A pattern whose second literal part is absent cannot match: skipping it loses nothing.
            if (!(p == INSTRUCTION_FORM ? FORM_CUES : FREQ_CUES).anyIn(lower)) continue;
            Matcher m = p.matcher(s);
            while (m.find()) {
                String phrase = m.group();
                if (p == INSTRUCTION_FORM && WEAK_QUANTITY.matcher(phrase).find()) continue;
                if (p == INSTRUCTION_FREQ && !aboutAdministration(s, m.start(), m.end(), compound)) continue;
                if (Prose.overlaps(taken, m.start(), m.end())) continue;
                taken.add(new int[] {m.start(), m.end()});
                facts.accept(new DosingMention(sentence.span(m.start(), m.end()), "instruction", phrase));
            }
        }
    }

    /**
     * A verb with a frequency ("take it twice a day") instructs only when what stands between them is
     * a pronoun or a treatment ("take time every day", "take a walk daily" do not).
     */
    private boolean aboutAdministration(String s, int start, int end, Pattern compound) {
        Matcher verb = NON_SPACE.matcher(s).region(start, end);
        if (!verb.find()) return false;
        Matcher tail = INSTRUCTION_TAIL.matcher(s).region(verb.end(), end);
        int between = tail.find() ? tail.start() : end;
        if (Prose.tokens(s, verb.end(), between) == 0) return true;
        return OBJECT_PRONOUN.matcher(s).region(verb.end(), between).find()
                || weakCues.matcher(s).region(verb.end(), between).find()
                || strongCues.matcher(s).region(verb.end(), between).find()
                || drugNames.matcher(s).region(verb.end(), between).find()
                || compound.matcher(s).region(verb.end(), between).find();
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /**
     * Literals one of which every match of SCHEDULE or ADVERB_SCHEDULE holds (lower-cased; both are
     * ASCII case-insensitive): the period words of SCHEDULE's first alternative (day, daily, week,
     * month, fortnight, night, morning, evening), "every" (second), "cycle" (third and fourth),
     * "week" (fifth, -weekly); the adverbs daily/weekly/nightly/monthly/fortnightly are covered too.
     */
    private static final Keywords SCHEDULE_CUES = Keywords.of("day", "daily", "week", "month", "fortnight", "night", "morning",
            "evening", "every", "cycle");

    /**
     * Every STRONG_SCHEDULE match is a word (letters or digits are rejected on both sides) that starts
     * with q or Q, or is BID, TID, b.i.d(.) or t.i.d(.), whose first word is "b" or "t"; in the
     * conventions of {@link Cues#lexicon}: "q*", "bid", "tid", "b", "t". The pattern is case-sensitive,
     * so it matches less than these case-insensitive cues allow.
     */
    private static final Cues STRONG_SCHEDULE_CUES = Cues.lexicon(List.of("q*", "bid", "tid", "b", "t"));

    private void schedules(Sentence sentence, String s, String lower, Pattern compound, Consumer<Object> facts, List<int[]> taken) {
        if (STRONG_SCHEDULE_CUES.mayMatch(lower)) {
            Matcher strong = STRONG_SCHEDULE.matcher(s);
            while (strong.find()) {
                if (scheduleTied(s, strong.start(), strong.end(), compound, true)) {
                    report(sentence, s, strong.start(), strong.end(), facts, taken);
                }
            }
        }
        if (!SCHEDULE_CUES.anyIn(lower)) return;
        Matcher m = SCHEDULE.matcher(s);
        while (m.find()) {
            if (scheduleTied(s, m.start(), m.end(), compound, false)) {
                report(sentence, s, m.start(), m.end(), facts, taken);
            }
        }
        Matcher a = ADVERB_SCHEDULE.matcher(s);
        while (a.find()) {
            if (adjacentToAdministration(s, a.start(), a.end(), compound) && !negation.isNegated(s, a.start(), a.end())) {
                report(sentence, s, a.start(), a.end(), facts, taken);
            }
        }
    }

    private void report(Sentence sentence, String s, int start, int end, Consumer<Object> facts, List<int[]> taken) {
        if (Prose.overlaps(taken, start, end)) return;
        taken.add(new int[] {start, end});
        facts.accept(new DosingMention(sentence.span(start, end), "schedule", s.substring(start, end)));
    }

    /**
     * A schedule is a dosing regimen when the nearest cue before it in its segment is about giving the
     * compound (an administration verb, dose word or drug name), or a treatment noun with no
     * monitoring word in between; when nothing precedes it ("Every 3 weeks, patients received ..."),
     * the words after it decide. Abbreviations (q3w, BID) need only the absence of a monitoring cue.
     */
    private boolean scheduleTied(String s, int start, int end, Pattern compound, boolean abbreviation) {
        if (negation.isNegated(s, start, end)) return false;
        int segStart = segmentStart(s, start);
        Cue before = nearestBefore(s, segStart, start, compound);
        if (before == Cue.NONE) before = nearestBefore(s, negation.clauseStart(s, start), start, compound);
        if (before != Cue.NONE) return before != Cue.MONITORING;
        int segEnd = segmentEnd(s, end);
        Cue after = nearestAfter(s, end, segEnd, compound);
        if (after != Cue.NONE) return after != Cue.MONITORING;
        return abbreviation;
    }

    private boolean adjacentToAdministration(String s, int start, int end, Pattern compound) {
        int segStart = segmentStart(s, start);
        int segEnd = segmentEnd(s, end);
        for (int[] c : cues(s, segStart, segEnd, compound)) {
            if (c[2] == Cue.MONITORING.ordinal()) continue;
            int gap = c[1] <= start ? Prose.tokens(s, c[1], start) : Prose.tokens(s, end, c[0]);
            if (gap <= 1 && (c[1] <= start || c[0] >= end)) return true;
        }
        return false;
    }

    private enum Cue { NONE, STRONG, WEAK, MONITORING }

    private Cue nearestBefore(String s, int from, int to, Pattern compound) {
        List<int[]> cues = cues(s, from, to, compound);
        int[] best = null;
        for (int[] c : cues) {
            if (best == null || c[1] > best[1]) best = c;
        }
        if (best == null) return Cue.NONE;
        Cue cue = Cue.values()[best[2]];
        if (cue == Cue.WEAK) {
            for (int[] c : cues) if (c[2] == Cue.MONITORING.ordinal()) return Cue.MONITORING;
        }
        return cue;
    }

    private Cue nearestAfter(String s, int from, int to, Pattern compound) {
        int[] best = null;
        for (int[] c : cues(s, from, to, compound)) {
            if (best == null || c[0] < best[0]) best = c;
        }
        return best == null ? Cue.NONE : Cue.values()[best[2]];
    }

    /** Cue occurrences in [from, to) as {start, end, Cue ordinal}. */
    private List<int[]> cues(String s, int from, int to, Pattern compound) {
        List<int[]> out = new ArrayList<>();
        collect(strongCues, s, from, to, Cue.STRONG, out);
        collect(compound, s, from, to, Cue.STRONG, out);
        collect(drugNames, s, from, to, Cue.STRONG, out);
        collect(weakCues, s, from, to, Cue.WEAK, out);
        collect(monitoringCues, s, from, to, Cue.MONITORING, out);
        return out;
    }

    private static void collect(Pattern p, String s, int from, int to, Cue cue, List<int[]> out) {
        if (to <= from) return;
        Matcher m = p.matcher(s).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) out.add(new int[] {m.start(), m.end(), cue.ordinal()});
    }

    private int segmentStart(String s, int at) {
        int cs = negation.clauseStart(s, at);
        Matcher b = SEGMENT_BREAK.matcher(s).region(cs, at);
        while (b.find()) cs = b.end();
        return cs;
    }

    private int segmentEnd(String s, int at) {
        Matcher b = SEGMENT_BREAK.matcher(s).region(at, s.length());
        return b.find() ? b.start() : s.length();
    }

}
