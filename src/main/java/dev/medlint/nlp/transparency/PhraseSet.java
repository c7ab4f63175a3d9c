package dev.medlint.nlp.transparency;

import dev.medlint.page.MappedText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain phrases as one pattern ({@link Lexicons#phrases}) together with the first word of each
 * phrase, lower-cased. A phrase is its words, quoted, joined by runs of spaces or hyphens, and the
 * look-behind in front of them takes no characters, so every match starts with the first word of
 * the phrase it matched (case-insensitively). {@link Scan#find()} therefore tries the pattern only
 * at offsets where the folded text ({@link MappedText#folded()}) has one of the first words, in
 * increasing order, which finds the same matches as {@link Matcher#find()} without trying every
 * alternative at every offset. Immutable and thread-safe.
 */
final class PhraseSet {
    private final Pattern pattern;
    /** Distinct first words, none a prefix of another; null when the shortcut does not apply. */
    private final String[] firstWords;

    /**
     * @param firstWords the lower-case first word of each phrase; when one is empty (a phrase that
     *                   starts with a separator) or not ASCII, every scan falls back to plain
     *                   {@link Matcher#find()}
     */
    PhraseSet(Pattern pattern, List<String> firstWords) {
        this.pattern = pattern;
        boolean usable = firstWords.stream().allMatch(w -> !w.isEmpty() && w.chars().allMatch(c -> c < 0x80));
        // a word with another word as its prefix adds no offsets ("researchers" after "research")
        this.firstWords = !usable ? null : firstWords.stream().distinct()
                .filter(w -> firstWords.stream().noneMatch(o -> !o.equals(w) && w.startsWith(o)))
                .toArray(String[]::new);
    }

    Pattern pattern() {
        return pattern;
    }

    /** Successive matches in one text, as successive {@link Matcher#find()} calls give them. */
    Scan scan(MappedText text) {
        return new Scan(text);
    }

    final class Scan {
        private final Matcher m;
        private final String folded;
        /** Plain find(): no first words, or a character that folds unlike the pattern's case matching. */
        private final boolean plain;
        private int from;

        private Scan(MappedText text) {
            this.m = pattern.matcher(text.text()).useTransparentBounds(true);
            this.plain = firstWords == null || MappedText.hasUnfoldedCaseVariant(text.text());
            this.folded = plain ? null : text.folded();
        }

        /** The next match, if any; then {@link #start()} and {@link #end()} are its range. */
        boolean find() {
            if (plain) return m.find();
            while (true) {
                int next = -1;
                for (String w : firstWords) {
                    int i = folded.indexOf(w, from);
                    if (i >= 0 && (next < 0 || i < next)) next = i;
                }
                if (next < 0) return false;
                // the attempt find() makes at this offset: transparent bounds let the look-behind
                // see the character before it
                m.region(next, folded.length());
                if (m.lookingAt()) {
                    from = m.end(); // matches are never empty here: they start with a first word
                    return true;
                }
                from = next + 1;
            }
        }

        int start() {
            return m.start();
        }

        int end() {
            return m.end();
        }
    }
}
