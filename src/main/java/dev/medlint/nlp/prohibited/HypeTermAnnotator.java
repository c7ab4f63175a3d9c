package dev.medlint.nlp.prohibited;

import dev.medlint.facts.HypeTerm;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import dev.medlint.page.Sentence;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds promotional superlatives from {@code lexicons/hype-terms.txt} for {@code hype-language}
 * ("breakthrough", "miracle", "revolutionary", "game-changer", "wonder drug", ...).
 *
 * <p>Not hype: a phrase from {@code hype-exceptions.txt} ("Breakthrough Therapy designation" in any
 * case, "breakthrough pain", "breakthrough bleeding", "breakthrough infection"); "Breakthrough
 * Therapy" written as a capitalised program name; the word inside quotes ("the 'Breakthrough'
 * study", “Miracle-1”); a name-like use (capitalised mid-sentence before trial/study/program, or
 * followed by a number: "the Miracle-1 trial", "BREAKTHROUGH trial"); and negated uses ("is not a
 * miracle cure"), which disclaim rather than promote. Immutable and thread-safe.
 */
public final class HypeTermAnnotator implements Annotator {
    private static final Pattern NAME_NOUN = Pattern.compile(
            "^\\s*(?:[-\u2010\u2011]?\\s*\\d+\\b|(?:\\p{Lu}\\p{L}*\\s+){0,2}(?:trial|trials|study|studies|program|programme|project|initiative|registry|cohort|consortium|network|foundation|institute|act|group|collaboration)\\b)");
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*[-\u2010\u2011]?\\s*\\d");
    private static final Pattern PROGRAM = Pattern.compile("^Breakthrough\\s+Therapy\\b");

    private final Negation negation;
    private final Pattern terms;
    private final Pattern exceptions;
    private final Cues termCues;

    public HypeTermAnnotator(Pack pack, Negation negation) {
        this.negation = negation;
        this.terms = Prose.phrases(pack, "hype-terms");
        this.exceptions = Prose.phrases(pack, "hype-exceptions");
        this.termCues = Cues.lexicon(Prose.lexicon(pack, "hype-terms"));
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        Prose.bodySentences(page).forEach(s -> annotate(s, facts));
    }

    private void annotate(Sentence sentence, Consumer<Object> facts) {
        // the cues are a necessary condition of the terms pattern (see Cues): no cue, no term
        if (!termCues.mayMatch(sentence.folded())) return;
        String s = sentence.text();
        List<int[]> quoted = null; // computed at the first term
        Matcher m = terms.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (quoted == null) quoted = Prose.quotedRanges(s);
            if (excepted(s, start, end) || Prose.inside(quoted, start, end) || nameLike(s, start, end)
                    || PROGRAM.matcher(s.substring(start)).find() || negation.isNegated(s, start, end)) {
                continue;
            }
            facts.accept(new HypeTerm(sentence.span(start, end), m.group()));
        }
    }

    private boolean excepted(String s, int start, int end) {
        Matcher e = exceptions.matcher(s);
        while (e.find()) {
            if (e.start() <= start && e.end() >= end) return true;
        }
        return false;
    }

    /** The term used as (part of) a proper name: "Miracle-1", "BREAKTHROUGH trial", "the Breakthrough study". */
    private static boolean nameLike(String s, int start, int end) {
        String after = s.substring(end);
        if (NUMBER_AFTER.matcher(after).find()) return true;
        String word = s.substring(start, end);
        boolean allCaps = word.length() > 3 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !word.equals(word.toLowerCase(java.util.Locale.ROOT));
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        boolean sentenceStart = s.substring(0, start).isBlank();
        if (allCaps) return true;
        return capitalised && !sentenceStart && NAME_NOUN.matcher(after).find();
    }
}
