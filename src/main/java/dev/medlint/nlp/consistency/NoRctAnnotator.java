package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Keywords;
import dev.medlint.facts.NoRctClaim;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits a {@link NoRctClaim} (at most one per sentence, any body section, bullets included) for a
 * statement that no large / randomized / controlled trial has confirmed efficacy:
 * <ul>
 *   <li>a negated trial phrase with a verb of confirming or testing: "No large-scale randomized
 *       controlled trials have confirmed efficacy", "no RCT has confirmed", "has not been tested in
 *       randomized trials", "efficacy has not been confirmed in a randomized trial", "No phase III
 *       trial has been conducted";</li>
 *   <li>existence: "there are no randomized controlled trials", "no RCT data are available";</li>
 *   <li>a generic trial subject negated after it: "Randomized trials have not (yet) confirmed
 *       efficacy", "RCTs are lacking".</li>
 * </ul>
 * The trial phrase must say randomized, RCT, controlled, large(-scale), phase III, pivotal,
 * definitive or confirmatory (or "clinical/human trials"). Not claims: questions; "not all RCTs";
 * "randomized trials are needed" (a call for research, not a statement of absence); results of a
 * specific trial ("The phase III trial did not meet its endpoint"); "No RCT has compared ..."; and
 * absence of harm rather than efficacy ("No randomized trial has shown harm"). Thread-safe.
 */
public final class NoRctAnnotator implements Annotator {
    private final Detector detector = new Detector(new Scope(Negation.builtIn()));

    public NoRctAnnotator(Pack pack) {
        // the detector's vocabulary is linguistic, not pack data
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        for (Prose.Item item : Prose.body(page)) {
            if (detector.isNoRct(item)) facts.accept(new NoRctClaim(item.sentence().span(), item.raw(), item.sectionKey()));
        }
    }

    /** The sentence test, shared with {@link TrialMentionAnnotator}. Thread-safe. */
    static final class Detector {
        private static final int F = Pattern.CASE_INSENSITIVE;
        private static final String MOD = "(?:large(?:[\\s-]scale)?|larger|well[\\s-]designed|adequately[\\s-]powered|definitive|pivotal|high[\\s-]quality"
                + "|robust|prospective|multi-?cent(?:er|re)|double[\\s-]blind(?:ed)?|placebo[\\s-]controlled|randomi[sz]ed|controlled|clinical|human"
                + "|phase\\s*(?:III|3)|head[\\s-]to[\\s-]head|confirmatory|published|formal|rigorous)";
        private static final Pattern TRIAL = Pattern.compile(
                "\\b(?:" + MOD + "[\\s,]+(?:and\\s+|or\\s+)?)*(?:trials?|(?-i:RCTs?)|studies|study|evidence|data)\\b"
                        + "|(?-i:\\bRCTs?\\b)", F);
        private static final Pattern CORE = Pattern.compile(
                "randomi[sz]ed|(?-i:RCT)|controlled|\\blarge|\\bphase|pivotal|definitive|confirmatory", F);
        private static final Pattern HUMAN_TRIALS = Pattern.compile("\\b(?:clinical|human)\\b[\\s\\w-]*\\btrials?\\b", F);
        private static final Pattern PRED = Pattern.compile(
                "\\b(?:confirm\\w*|establish\\w*|demonstrat\\w*|show(?:n|s|ed)?|prov(?:en|ed|e|es)|test(?:ed|s)?|evaluat\\w*|assess\\w*|studied|stud(?:y|ies)\\s+(?:of|on)"
                        + "|investigat\\w*|examin\\w*|conducted|perform\\w*|complet\\w*|publish\\w*|report\\w*|exists?|available|done|validat\\w*"
                        + "|support\\w*|verif\\w*|document\\w*|address\\w*|looked\\s+at|carried\\s+out|run|been\\s+(?:done|run))\\b", F);
        private static final Pattern EXISTENCE = Pattern.compile("\\bthere\\s+(?:is|are|have\\s+been|has\\s+been|were|was)\\s+(?:still\\s+|currently\\s+|yet\\s+)?no\\b", F);
        private static final Pattern HARM = Pattern.compile("\\b(?:harm\\w*|risks?|toxicit\\w*|adverse|side[\\s-]effects?|safety|danger\\w*)\\b", F);
        private static final Pattern EFFICACY = Pattern.compile(
                "\\b(?:efficac\\w*|effective\\w*|effects?|benefit\\w*|works?|outcomes?|survival|response\\w*|improv\\w*|value|use|application|role)\\b", F);
        private static final Pattern NEEDED = Pattern.compile("\\b(?:needed|required|warranted|necessary|planned|ongoing|underway)\\b", F);
        /** A short phrase after the trial subject: "RCTs in cancer patients are lacking", "RCTs confirming efficacy are lacking". */
        private static final String PP = "(?:(?:in|for|of|with|among|on|involving|using|that\\s+\\w+|\\w+ing)\\s+(?:[\\w-]+\\s+){1,4}?)?";
        private static final Pattern NEG_AFTER = Pattern.compile(
                "^\\s*" + PP + "(?:(?:have|has|had|did|do|does|is|are|were|was|so\\s+far|to\\s+date|yet)\\s+)*(?:not|n't|never|yet\\s+to|failed\\s+to|fail\\s+to)\\b", F);
        private static final Pattern LACKING_AFTER = Pattern.compile(
                "^\\s*" + PP + "(?:(?:is|are|remain|remains|have\\s+been|has\\s+been)\\s+)(?:still\\s+|currently\\s+)?(?:lacking|absent|unavailable|missing|nonexistent|not\\s+available)\\b", F);
        private static final Pattern LACK_OF_BEFORE = Pattern.compile("\\b(?:lack|absence)\\s+of\\s+(?:any\\s+)?$", F);
        private static final Pattern SUBJECT_START = Pattern.compile(
                "^[\\s\\W]*(?:(?:however|to\\s+date|so\\s+far|as\\s+yet|currently|yet|importantly|notably|unfortunately)[\\s,]+)*$", F);

        private static final Pattern NOUN_IS_DATA = Pattern.compile("(?is).*\\b(?:studies|study|evidence|data)$");
        private static final Pattern STRONG_DATA = Pattern.compile("(?is).*(?:randomi[sz]ed|RCT|controlled|large).*");
        private static final Pattern EXISTS_AFTER = Pattern.compile("(?is)\\s*(?:data\\s+)?(?:exist\\w*|(?:is|are)\\s+available).*");

        /**
         * A claim needs a {@link #TRIAL} phrase (every alternative ends in trial(s), RCT(s), studies,
         * study, evidence or data) that holds a {@link #CORE} word or is a {@link #HUMAN_TRIALS}
         * phrase ("clinical" / "human" ... "trial"). The patterns are ASCII case-insensitive (RCT
         * case-sensitive), so these words appear lower-cased in the folded sentence.
         */
        private static final Keywords NOUN_KEYS = Keywords.of("trial", "rct", "stud", "evidence", "data");
        private static final Keywords CORE_KEYS = Keywords.of("randomi", "rct", "controlled", "large", "phase", "pivotal", "definitive", "confirmatory");
        private static final Keywords HUMAN_KEYS = Keywords.of("clinical", "human");

        private final Scope scope;

        Detector(Scope scope) {
            this.scope = scope;
        }

        /** True when the body sentence is a no-RCT claim. */
        boolean isNoRct(Prose.Item item) {
            String folded = item.folded();
            if (!NOUN_KEYS.anyIn(folded)) return false;
            if (!CORE_KEYS.anyIn(folded) && !(HUMAN_KEYS.anyIn(folded) && folded.indexOf("trial") >= 0)) return false;
            String t = item.text();
            if (Prose.isQuestion(t)) return false;
            Matcher m = TRIAL.matcher(t);
            while (m.find()) {
                String phrase = m.group();
                if (!CORE.matcher(phrase).find() && !HUMAN_TRIALS.matcher(phrase).find()) continue;
                boolean nounIsData = NOUN_IS_DATA.matcher(phrase).matches();
                if (nounIsData && !STRONG_DATA.matcher(phrase).matches()) continue;
                int[] clause = Prose.clauseAt(t, folded, m.start());
                String cl = t.substring(clause[0], clause[1]);
                if (NEEDED.matcher(cl).find()) continue;
                if (LACK_OF_BEFORE.matcher(t.substring(clause[0], m.start())).find()) return true;
                if (scope.negated(t, m.start(), m.end())) {
                    if (EXISTENCE.matcher(cl).find() || PRED.matcher(cl).find() && aboutEfficacy(cl)) return true;
                    if (EXISTS_AFTER.matcher(cl.substring(m.end() - clause[0])).matches()) return true;
                    continue;
                }
                String after = t.substring(m.end(), clause[1]);
                if (LACKING_AFTER.matcher(after).find()) return true;
                String before = t.substring(clause[0], m.start());
                if (!SUBJECT_START.matcher(before).matches()) continue;
                Matcher na = NEG_AFTER.matcher(after);
                if (na.find() && PRED.matcher(after.substring(na.end())).find() && aboutEfficacy(after)) return true;
            }
            return false;
        }

        private static boolean aboutEfficacy(String clause) {
            return !HARM.matcher(clause).find() || EFFICACY.matcher(clause).find();
        }
    }
}
