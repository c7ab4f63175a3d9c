package dev.medlint.nlp.prohibited;

import dev.medlint.facts.SafetyClaim;
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
 * Finds absolute safety claims for {@code unsupported-safety-claim}: phrases from
 * {@code lexicons/safety-claims.txt} ("completely safe", "100% safe", "no side effects", "risk-free",
 * "harmless", "cannot harm you") and the appeal to nature ("natural, so it is safe", "safe because
 * it is natural").
 *
 * <p>Not claims: negated or hedged phrases ("not completely safe", "no treatment is risk-free", "is
 * not risk-free", "may have no side effects"), a study observation ("no side effects were reported
 * in the trial"; "no new safety signals were observed" is not in the lexicon at all), statements
 * about some patients ("many patients have no side effects"), "no risk factors", and questions.
 * Immutable and thread-safe.
 */
public final class SafetyClaimAnnotator implements Annotator {
    private static final List<Pattern> NATURAL = List.of(
            Pattern.compile("(?<![\\p{L}])natural(?![\\p{L}])[^.;:]{0,30}?(?<![\\p{L}])(?:so|therefore|thus|hence|which\\s+means|means|and\\s+therefore|and\\s+thus)(?![\\p{L}])[^.;:]{0,20}?(?<![\\p{L}])safe(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])safe(?![\\p{L}])[^.;:]{0,20}?(?<![\\p{L}])(?:because|since|as)\\s+(?:it|they|this|the\\s+\\w+)\\s+(?:is|are|['\u2019]s)\\s+(?:all[-\\s])?natural(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:since|because|as)\\s+(?:it|they|this|the\\s+\\w+)\\s+(?:is|are|['\u2019]s)\\s+(?:a\\s+|an\\s+)?(?:all[-\\s])?natural(?![\\p{L}])[^.;:]{0,30}?,\\s*(?:it|they|this)\\s+(?:is|are|['\u2019]s)\\s+(?:\\w+\\s+)?safe(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:all[-\\s])?natural\\s*(?:,|and)\\s*(?:therefore\\s+|thus\\s+|so\\s+|hence\\s+)?safe(?![\\p{L}])", Pattern.CASE_INSENSITIVE));
    /**
     * Every NATURAL pattern has the word "natural" in each match; they are ASCII case-insensitive, so
     * the folded sentence holds "natural" wherever one matches.
     */
    private static final Cues NATURAL_CUES = Cues.anyOf("natural");
    private static final Pattern OBSERVATION = Pattern.compile(
            "^\\s*(?:\\w+\\s+){0,3}?(?:was|were|have\\s+been|has\\s+been|had\\s+been)\\s+(?:\\w+\\s+)?(?:observed|reported|seen|noted|identified|detected|found|recorded|documented)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOME_PATIENTS = Pattern.compile(
            "(?<![\\p{L}])(?:some|many|most|several|certain|few|a\\s+few|a\\s+number\\s+of)\\s+(?:\\w+\\s+)?(?:patients|people|participants|users|individuals|men|women|children|adults)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RISK_FACTOR = Pattern.compile("^\\s*(?:[-\\s]?factors?|group|groups|category|categories|score)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE_WORD = Pattern.compile("(?<![\\p{L}])safe(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private final Negation negation;
    private final Pattern claims;
    private final Cues claimCues;

    public SafetyClaimAnnotator(Pack pack, Negation negation) {
        this.negation = negation;
        this.claims = Prose.phrases(pack, "safety-claims");
        this.claimCues = Cues.lexicon(Prose.lexicon(pack, "safety-claims"));
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        Prose.bodySentences(page).forEach(s -> annotate(s, facts));
    }

    private void annotate(Sentence sentence, Consumer<Object> facts) {
        String s = sentence.text();
        if (Prose.isQuestion(s)) return;
        // the cues are necessary conditions of the patterns they gate (see Cues): skipping a pattern
        // whose cue fails loses no match
        String folded = sentence.folded();
        long cues = Cues.mayMatchEach(folded, NATURAL_CUES, claimCues); // one pass for both
        boolean natural = (cues & 1) != 0;
        boolean claim = (cues & 2) != 0;
        if (!natural && !claim) return;
        List<int[]> found = new ArrayList<>();
        if (natural) appealsToNature(s, found);
        if (claim) {
            Matcher m = claims.matcher(s);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (Prose.overlaps(found, start, end) || !affirmative(s, start, end)) continue;
                found.add(new int[] {start, end});
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] f : found) facts.accept(new SafetyClaim(sentence.span(f[0], f[1]), s.substring(f[0], f[1])));
    }

    private void appealsToNature(String s, List<int[]> found) {
        for (Pattern p : NATURAL) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                // judge negation at the word "safe": "being natural does not mean it is safe"
                Matcher safe = SAFE_WORD.matcher(s).region(m.start(), m.end());
                int at = m.start();
                int atEnd = m.end();
                while (safe.find()) {
                    at = safe.start();
                    atEnd = safe.end();
                }
                if (negation.isNegatedOrHedged(s, at, atEnd) || negation.isNegatedOrHedged(s, m.start(), m.end())) continue;
                if (!Prose.overlaps(found, m.start(), m.end())) found.add(new int[] {m.start(), m.end()});
            }
        }
    }

    private boolean affirmative(String s, int start, int end) {
        if (negation.isNegatedOrHedged(s, start, end)) return false;
        String after = s.substring(end);
        if (OBSERVATION.matcher(after).find()) return false;
        if (s.substring(start, end).toLowerCase(java.util.Locale.ROOT).matches("no\\s+risks?") && RISK_FACTOR.matcher(after).find()) return false;
        Matcher some = SOME_PATIENTS.matcher(s).region(negation.clauseStart(s, start), start);
        return !some.find();
    }

}
