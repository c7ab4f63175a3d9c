package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Keywords;
import dev.medlint.facts.PreclinicalMajorityClaim;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits a {@link PreclinicalMajorityClaim} (one per sentence, any body section) for a statement that
 * most of the data is preclinical:
 * <ul>
 *   <li>a majority quantifier over the evidence followed in the same clause by a preclinical source:
 *       "Much of the available data comes from preclinical studies (cell cultures and animal
 *       models)", "most evidence is from laboratory and animal studies", "the majority of data
 *       derive from in vitro and animal models";</li>
 *   <li>an evidence noun with an adverb of majority or restriction before the source: "Evidence is
 *       largely preclinical", "the data come mostly from animal studies", "evidence is limited to
 *       preclinical studies".</li>
 * </ul>
 * Not claims: a quantifier over the preclinical studies themselves ("Most preclinical studies
 * showed benefit"), "preclinical studies suggested X", negated or contrasted sources ("comes from
 * human trials rather than animal studies", "not from animal models"), "little of the data", early
 * or historical evidence only ("much of the early evidence came from ..."), questions.
 */
public final class PreclinicalMajorityAnnotator implements Annotator {
    private static final int F = Pattern.CASE_INSENSITIVE;
    static final String SOURCE = "(?:pre-?clinical|laboratory|lab|in\\s+vitro|animals?|mouse|mice|murine|rodents?|rats?|xenografts?|test[\\s-]tubes?"
            + "|cell[\\s-]+(?:cultures?|lines?|based|studies|models?)|cultured\\s+cells|non-?human)";
    private static final String EVIDENCE = "(?:data|evidence|research|studies|study|findings|results|literature|knowledge|information|work|support|investigations?|publications?|experiments)";
    private static final Pattern QUANTIFIED = Pattern.compile(
            "\\b(?:much|most|the\\s+(?:vast\\s+|large\\s+|great\\s+|overwhelming\\s+)?majority|the\\s+bulk|a\\s+(?:large|great|substantial|significant|major)\\s+(?:part|portion|share|proportion|amount|fraction)"
                    + "|(?:nearly|almost|virtually)\\s+all|the\\s+(?:greater|larger)\\s+part)\\s+(?:of\\s+)?"
                    + "(?:(?:the|this|that|these|our|current|currently|available|existing|published|supporting|underlying|relevant|scientific|research|present|reported|its)\\s+){0,3}"
                    + "(?:" + EVIDENCE + "|what\\s+(?:is|we)\\s+know\\w*)\\b", F);
    private static final Pattern ADVERB = Pattern.compile(
            "\\b(?:largely|mostly|predominantly|primarily|mainly|chiefly|overwhelmingly|principally|(?:almost\\s+)?(?:entirely|exclusively)"
                    + "|(?:limited|confined|restricted)(?:\\s+(?:largely|mostly|mainly))?\\s+to)\\s+"
                    + "(?:(?:derived|drawn|based|limited|confined|restricted|coming|comes|come|obtained|generated|conducted|performed)\\s+)?"
                    + "(?:(?:from|on|to|in|of)\\s+)?(?:the\\s+)?(?:(?:available|published|early|small|existing|a\\s+few)\\s+)?" + SOURCE + "\\b", F);
    private static final Pattern SOURCE_WORD = Pattern.compile("\\b" + SOURCE + "\\b", F);
    private static final Pattern EVIDENCE_WORD = Pattern.compile("\\b(?:" + EVIDENCE + "|what\\s+(?:is|we)\\s+know\\w*)\\b", F);
    private static final Pattern CONTRAST_BEFORE = Pattern.compile("\\b(?:rather\\s+than|instead\\s+of|as\\s+opposed\\s+to|unlike|beyond|other\\s+than|outside(?:\\s+of)?|not|compared\\s+(?:with|to))\\s+(?:[\\w-]+\\s+){0,2}$", F);
    private static final Pattern EARLY = Pattern.compile("^(?:[\\s\\W]*)(?:while|although|though|whereas)\\b|\\b(?:early|earliest|initial|earlier|original|historical|historic|older)\\s+" + EVIDENCE, F);

    /**
     * Both ways to a claim end in a {@link #SOURCE} word, and need {@link #QUANTIFIED} or
     * {@link #ADVERB}; every alternative of SOURCE holds one of {@code SOURCE_KEYS}, every
     * alternative of the other two one of {@code MAJORITY_KEYS} ("large" also stands for largely /
     * larger, "most" for mostly, "major" for majority, "great" for greater). The patterns are ASCII
     * case-insensitive, so the words appear lower-cased in the folded sentence.
     */
    private static final Keywords SOURCE_KEYS = Keywords.of("clinical", "lab", "vitro", "animal", "mouse", "mice", "murine", "rodent", "rat",
            "xenograft", "test", "cell", "human");
    private static final Keywords MAJORITY_KEYS = Keywords.of("much", "most", "major", "bulk", "large", "great", "substantial", "significant",
            "nearly", "almost", "virtually", "predominantly", "primarily", "mainly", "chiefly", "overwhelmingly", "principally",
            "entirely", "exclusively", "limited", "confined", "restricted");

    private final Scope scope = new Scope(Negation.builtIn());

    public PreclinicalMajorityAnnotator(Pack pack) {
        // vocabulary is linguistic, not pack data
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        for (Prose.Item item : Prose.body(page)) {
            if (claims(item)) facts.accept(new PreclinicalMajorityClaim(item.sentence().span(), item.sectionKey()));
        }
    }

    boolean claims(Prose.Item item) {
        String folded = item.folded();
        if (!SOURCE_KEYS.anyIn(folded) || !MAJORITY_KEYS.anyIn(folded)) return false;
        String t = item.text();
        if (Prose.isQuestion(t)) return false;
        for (int[] c : Prose.clauses(t, folded, 0)) {
            String cl = t.substring(c[0], c[1]);
            Matcher q = QUANTIFIED.matcher(cl);
            while (q.find()) {
                if (scope.negated(cl, q.start(), q.end()) || EARLY.matcher(cl).find()) continue;
                Matcher s = SOURCE_WORD.matcher(cl);
                s.region(q.end(), cl.length());
                while (s.find()) {
                    if (Prose.words(cl, q.end(), s.start()) > 14) break;
                    if (affirmative(cl, s.start(), s.end())) return true;
                }
            }
            Matcher a = ADVERB.matcher(cl);
            while (a.find()) {
                if (!EVIDENCE_WORD.matcher(cl.substring(0, a.start())).find() || EARLY.matcher(cl).find()) continue;
                if (affirmative(cl, a.start(), a.end())) return true;
            }
        }
        return false;
    }

    private boolean affirmative(String cl, int start, int end) {
        return !scope.negated(cl, start, end) && !CONTRAST_BEFORE.matcher(cl.substring(0, start)).find();
    }
}
