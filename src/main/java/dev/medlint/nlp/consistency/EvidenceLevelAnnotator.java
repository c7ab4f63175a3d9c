package dev.medlint.nlp.consistency;

import dev.medlint.facts.EvidenceLevelClaim;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.EvidenceLevelDef;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits one {@link EvidenceLevelClaim} per evidence-level classification statement in the body:
 * "The available evidence for X in Y is classified as: &lt;level&gt;." (also categorized / graded /
 * rated / ranked as), or a sentence opening with a label "Evidence level: &lt;level&gt;" ("Level of
 * evidence - ...", "**Evidence level:** ..."). A verbal label ("The evidence level is ...") counts
 * only when its phrase is recognised, so "The evidence level is uncertain" is no claim. Questions
 * are never claims. The phrase is mapped with the pack's vocabulary from the highest rank down,
 * skipping negated matches ("early clinical; no phase III data" is early-clinical). When the body
 * has no statement, a front-matter key {@code evidence-level} / {@code evidence_level} gives the
 * claim, located at 1:1.
 */
public final class EvidenceLevelAnnotator implements Annotator {
    private static final Pattern CLASSIFIED = Pattern.compile(
            "\\bevidence\\b[^.?!]{0,160}?\\b(?:classified|categori[sz]ed|graded|rated|ranked)\\s+as\\b\\s*(?:[:\\-\u2013\u2014=]\\s*)?",
            Pattern.CASE_INSENSITIVE);
    /** Looser wordings ("best described as", "considered") count only when the level is recognised. */
    private static final Pattern LOOSE_CLASSIFIED = Pattern.compile(
            "\\bevidence\\b[^.?!]{0,160}?\\b(?:(?:best\\s+)?(?:described|considered|assessed|judged|characteri[sz]ed|regarded|labell?ed|designated)\\s+as"
                    + "|falls?\\s+(?:into|under|within)\\s+(?:the\\s+)?(?:category\\s+(?:of\\s+)?)?)\\b\\s*(?:[:\\-\u2013\u2014=]\\s*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile(
            "^[\\s\\W]*(?:(?:the|overall|current|our|assigned|classified)\\s+)*"
                    + "(?:evidence[\\s-]+level|level\\s+of\\s+(?:the\\s+)?evidence|evidence\\s+(?:classification|grade|rating|category|tier))"
                    + "(?:\\s*\\([^)]*\\))?\\s*[:\\-\u2013\u2014=]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERBAL_LABEL = Pattern.compile(
            "^[\\s\\W]*(?:the\\s+)?(?:overall\\s+|current\\s+)?(?:evidence[\\s-]+level|level\\s+of\\s+(?:the\\s+)?evidence)"
                    + "(?:\\s+(?:for|of)\\s+[^.:?!]{0,100}?)?\\s+(?:is|was|remains)\\s+(?:currently\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final String TRIM = ".;:,!*_\"'\u201c\u201d\u2018\u2019";

    private final List<EvidenceLevelDef> levelsHighFirst;
    private final Scope scope = new Scope(Negation.builtIn());

    public EvidenceLevelAnnotator(Pack pack) {
        List<EvidenceLevelDef> l = new ArrayList<>(pack.evidenceLevels());
        l.sort(Comparator.comparingInt(EvidenceLevelDef::rank).reversed());
        this.levelsHighFirst = List.copyOf(l);
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        boolean any = false;
        for (Prose.Item item : Prose.body(page)) {
            Optional<EvidenceLevelClaim> c = claim(item);
            if (c.isPresent()) {
                facts.accept(c.get());
                any = true;
            }
        }
        if (!any) frontMatter(page.frontMatter()).ifPresent(facts);
    }

    /**
     * Where the level phrase of a classification statement starts in {@code masked} (a sentence
     * after {@link Prose#mask}): a positive offset for a label or "classified as" statement, a
     * negative one ({@code -offset - 1}) for a verbal label that counts only when recognised, or
     * {@link Integer#MIN_VALUE} when the sentence is no classification statement.
     */
    static int phraseStart(String t) {
        if (Prose.isQuestion(t)) return Integer.MIN_VALUE;
        Matcher m = LABEL.matcher(t);
        if (m.find()) return m.end();
        if ((m = CLASSIFIED.matcher(t)).find()) return m.end();
        if ((m = VERBAL_LABEL.matcher(t)).find()) return -m.end() - 1;
        if ((m = LOOSE_CLASSIFIED.matcher(t)).find()) return -m.end() - 1;
        return Integer.MIN_VALUE;
    }

    /**
     * {@link #phraseStart(String)} of a body sentence's text. All four statement patterns hold the
     * word "evidence" and are ASCII case-insensitive, so a sentence whose folded text lacks it is no
     * statement.
     */
    static int phraseStart(Prose.Item item) {
        if (item.folded().indexOf("evidence") < 0) return Integer.MIN_VALUE;
        return phraseStart(item.text());
    }

    private Optional<EvidenceLevelClaim> claim(Prose.Item item) {
        int at = phraseStart(item);
        if (at == Integer.MIN_VALUE) return Optional.empty();
        String t = item.text();
        boolean verbal = at < 0;
        int phraseStart = verbal ? -at - 1 : at;
        int[] r = Prose.trim(t, phraseStart, t.length(), TRIM);
        if (r[1] <= r[0]) return Optional.empty();
        String phrase = item.raw().substring(r[0], r[1]);
        Optional<EvidenceLevelDef> level = match(t.substring(r[0], r[1]));
        if (verbal && level.isEmpty()) return Optional.empty();
        Span span = item.sentence().span();
        Span levelSpan = item.sentence().span(r[0], r[1]);
        return Optional.of(level
                .map(l -> new EvidenceLevelClaim(span, levelSpan, phrase, l.id(), l.rank(), true))
                .orElseGet(() -> new EvidenceLevelClaim(span, levelSpan, phrase, "", 0, false)));
    }

    /** The highest-ranked level with a non-negated match in the phrase. */
    Optional<EvidenceLevelDef> match(String phrase) {
        for (EvidenceLevelDef def : levelsHighFirst) {
            for (Pattern p : def.phrases()) {
                Matcher m = p.matcher(phrase);
                while (m.find()) {
                    if (!scope.negated(phrase, m.start(), Math.max(m.end(), m.start() + 1))) return Optional.of(def);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<EvidenceLevelClaim> frontMatter(Map<String, Object> fm) {
        for (Map.Entry<String, Object> e : fm.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
            if (!key.equals("evidencelevel") || e.getValue() == null) continue;
            String phrase = String.valueOf(e.getValue()).strip();
            if (phrase.isEmpty()) continue;
            Span at = Span.PAGE_START;
            return Optional.of(match(phrase)
                    .map(l -> new EvidenceLevelClaim(at, at, phrase, l.id(), l.rank(), true))
                    .orElseGet(() -> new EvidenceLevelClaim(at, at, phrase, "", 0, false)));
        }
        return Optional.empty();
    }
}
