package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Keywords;
import dev.medlint.facts.TrialMention;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits a {@link TrialMention} for each trial a statement in the Overview, Summary of Published
 * Evidence or Clinical and Regulatory Status section names affirmatively (catalogue decision 5):
 * kind "randomized" ("randomized", "randomised", "randomly assigned", "RCT"), "phase-3" ("phase
 * III", "phase 3", "phase II/III", "Phase IIIb") or "named" (a family from
 * {@code lexicons/trial-names.txt} followed by a number or by trial/study/program -- "IMpower
 * trials", "KEYNOTE-189" -- or a name shaped like one: "IMpassion130", "CheckMate 067",
 * "SUSTAIN-6"). Not counted: sentences that are a {@code NoRctClaim}, negated mentions ("no phase
 * III trial"), "non-randomized", questions, other sections (the patients' questions), and trials
 * described as ongoing / planned / needed (not yet evidence). The span is the mention phrase.
 */
public final class TrialMentionAnnotator implements Annotator {
    private static final Set<String> SECTIONS = Set.of("overview", "evidence", "status");
    private static final Pattern RANDOMIZED = Pattern.compile(
            "(?<![\\w-])(?<!non-)(?:randomi[sz]ed|randomi[sz]ation|randomly\\s+(?:assigned|allocated))\\b|(?-i:\\bRCTs?\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHASE3 = Pattern.compile(
            "\\bphase[\\s-]*(?:(?:I{1,2}|[12])[ab]?\\s*[/-]\\s*)?(?:III|3)[ab]?\\b", Pattern.CASE_INSENSITIVE);
    /** IMpower150, IMbrave150: capitals, lower case, digits. */
    private static final Pattern MIXED_NAME = Pattern.compile("\\b[A-Z]{2,}[a-z]+(?:[A-Z][a-z]*)?-?\\d{2,4}[a-z]?\\b");
    /** CheckMate 067, CheckMate-227: a camel-case word and a number (not a year). */
    private static final Pattern CAMEL_NAME = Pattern.compile("\\b[A-Z][a-z]+[A-Z][a-z]+(?:[- ]\\d{1,4}|\\d{2,4})\\b(?<!\\b[A-Za-z]{2,20} (?:19|20)\\d\\d)");
    /** KEYNOTE-189, SUSTAIN-6: a capitalised word of 4+ letters, a hyphen and a number. */
    private static final Pattern CAPS_NAME = Pattern.compile("\\b[A-Z]{4,}-\\d{1,4}[A-Za-z]?\\b");
    private static final Set<String> NOT_TRIALS = Set.of("COVID", "CTLA", "BRCA", "SGLT", "VEGF", "VEGFR", "CXCL", "CXCR", "MAGE", "EGFR",
            "PDGF", "PDGFR", "FGFR", "HLA", "CCL", "MMP", "TIGIT", "LAG", "NTRK", "PARP", "CDK", "JAK", "SARS", "HPV", "APOE", "TREM", "PSMA",
            "ERBB", "HIF", "NOTCH", "WNT", "SMAD", "STAT", "KRAS", "NRAS", "HRAS", "IDH", "MTOR", "PIK3CA", "AKT", "GLP", "GIP", "DPP", "ICD", "ECOG",
            "RECIST", "CTCAE", "NYHA", "GOLD", "FEV", "PCSK");
    private static final Pattern TRIAL_CONTEXT = Pattern.compile(
            "\\b(?:trials?|stud(?:y|ies)|showed|shown|demonstrated|established|randomi[sz]ed|phase|enrolled|reported|found|met|endpoint|results?|data|program(?:me)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_YET_EVIDENCE = Pattern.compile(
            "\\b(?:ongoing|underway|under\\s+way|planned|recruiting|enrolling|in\\s+progress|will|upcoming|future|needed|warranted|required|awaited"
                    + "|being\\s+conducted|expected|designed\\s+to|is\\s+evaluating|are\\s+evaluating|currently\\s+(?:evaluating|testing|investigating))\\b",
            Pattern.CASE_INSENSITIVE);

    private final Scope scope = new Scope(Negation.builtIn());
    private final NoRctAnnotator.Detector noRct = new NoRctAnnotator.Detector(scope);
    /**
     * Pre-checks, each a necessary condition for its pattern: {@link #RANDOMIZED} needs "randomi",
     * "randomly" or (case-sensitive) "RCT", {@link #PHASE3} needs "phase" (both ASCII
     * case-insensitive, so the words appear lower-cased in the folded text); the name shapes
     * {@link #MIXED_NAME}, {@link #CAMEL_NAME} and {@link #CAPS_NAME} all end in an ASCII digit; the
     * {@link #family} pattern needs one of the lexicon's names, case-sensitively. The name and digit
     * checks look at the raw text, which has the same letters and digits as the masked one (only an
     * apostrophe may differ: "’" is masked to "'", so a name is checked up to its first apostrophe).
     */
    private static final Keywords RANDOMIZED_KEYS = Keywords.of("randomi", "randomly", "rct");

    private final Pattern family;
    /** The trial-name lexicon, for the pre-check of {@link #family}. */
    private final Keywords familyNames;

    private static boolean hasAsciiDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    public TrialMentionAnnotator(Pack pack) {
        List<String> names = new ArrayList<>(pack.lexicon("trial-names"));
        this.familyNames = Keywords.of(names.stream().map(n -> n.indexOf('\'') >= 0 ? n.substring(0, n.indexOf('\'')) : n).toList());
        names.sort(Comparator.comparingInt(String::length).reversed());
        String alt = names.isEmpty() ? "(?!)" : String.join("|", names.stream().map(Pattern::quote).toList());
        this.family = Pattern.compile("(?<![\\w-])(?:" + alt + ")(?:[- ]?\\d{1,4}[A-Za-z]?\\b"
                + "|\\s+(?i:trials?|stud(?:y|ies)|program(?:me)?s?)\\b)");
    }

    private record Mention(int start, int end, String kind) {
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        for (Prose.Item item : Prose.body(page)) {
            if (!SECTIONS.contains(item.sectionKey())) continue;
            // the sentence tests below only ever drop mentions, so a sentence without any is done
            List<Mention> mentions = mentions(item);
            if (mentions.isEmpty()) continue;
            String t = item.text();
            if (Prose.isQuestion(t) || noRct.isNoRct(item)) continue;
            // the evidence-level statement names the vocabulary ("late-stage clinical; phase III
            // randomized trial data"), not a trial: only named trials count there
            boolean classification = EvidenceLevelAnnotator.phraseStart(item) != Integer.MIN_VALUE;
            for (Mention m : mentions) {
                if (classification && !m.kind().equals("named")) continue;
                if (scope.negated(t, m.start(), m.end())) continue;
                int[] clause = Prose.clauseAt(t, item.folded(), m.start());
                if (NOT_YET_EVIDENCE.matcher(t.substring(clause[0], clause[1])).find()) continue;
                String name = item.raw().substring(m.start(), m.end());
                facts.accept(new TrialMention(item.sentence().span(m.start(), m.end()), m.kind(), name, item.sectionKey()));
            }
        }
    }

    private List<Mention> mentions(Prose.Item item) {
        String folded = item.folded();
        String raw = item.raw();
        boolean named = familyNames.anyIn(raw);
        boolean shaped = hasAsciiDigit(raw);
        boolean randomized = RANDOMIZED_KEYS.anyIn(folded);
        boolean phase = folded.indexOf("phase") >= 0;
        if (!named && !shaped && !randomized && !phase) return List.of();
        String t = item.text();
        List<Mention> found = new ArrayList<>();
        Matcher m;
        if (named) {
            m = family.matcher(t);
            while (m.find()) found.add(new Mention(m.start(), m.end(), "named"));
        }
        if (shaped) {
            for (Pattern p : List.of(MIXED_NAME, CAMEL_NAME)) {
                m = p.matcher(t);
                while (m.find()) found.add(new Mention(m.start(), m.end(), "named"));
            }
            m = CAPS_NAME.matcher(t);
            while (m.find()) {
                String stem = m.group().substring(0, m.group().indexOf('-'));
                if (!NOT_TRIALS.contains(stem) && TRIAL_CONTEXT.matcher(t).find()) found.add(new Mention(m.start(), m.end(), "named"));
            }
        }
        if (randomized) {
            m = RANDOMIZED.matcher(t);
            while (m.find()) found.add(new Mention(m.start(), m.end(), "randomized"));
        }
        if (phase) {
            m = PHASE3.matcher(t);
            while (m.find()) found.add(new Mention(m.start(), m.end(), "phase-3"));
        }
        // drop mentions inside a longer one of the same kind (a family match also found by shape)
        List<Mention> out = new ArrayList<>();
        for (Mention a : found) {
            boolean inside = found.stream().anyMatch(b -> b != a && b.kind().equals(a.kind())
                    && b.start() <= a.start() && b.end() >= a.end() && (b.end() - b.start()) > (a.end() - a.start()));
            boolean dup = out.stream().anyMatch(b -> b.kind().equals(a.kind()) && b.start() == a.start() && b.end() == a.end());
            if (!inside && !dup) out.add(a);
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
