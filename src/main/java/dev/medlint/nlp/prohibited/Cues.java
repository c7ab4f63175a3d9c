package dev.medlint.nlp.prohibited;

import dev.medlint.page.MappedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A cheap necessary condition for a case-insensitive pattern, tested on {@code Sentence.folded()}
 * before the pattern runs: when {@link #mayMatch(String)} is false the pattern cannot match the
 * sentence, so the annotator can skip it. It never decides a match; it only rejects.
 *
 * <p>The test is built from the pattern's entries (a lexicon for {@code Negation.phrasePattern}, the
 * stems of {@code Prose.drugNames}, the page's compound, or literals of a hand-written pattern). Each
 * entry gives one <em>key</em>: its longest maximal run of letters and digits that is plain ASCII
 * ({@code [a-z0-9]} after lower-casing as the pattern does). Any match of the entry contains the key,
 * lower-cased. An entry without such a run could match anything, so the test then always passes.
 *
 * <p>Why the folded text holds the key wherever the pattern matched: an ASCII letter of the pattern
 * matches a text char {@code c} when ASCII case folding gives it or (UNICODE_CASE)
 * {@code toLowerCase(toUpperCase(c))} is that letter, and {@code folded} holds {@code toLowerCase(c)}.
 * The two agree for every char except U+0131 (dotless i) and U+017F (long s), which UNICODE_CASE
 * matches as i and s but {@code toLowerCase} keeps; a sentence holding one of those passes the test
 * unconditionally, so behaviour stays exact.
 *
 * <p>Word boundaries: the folded text is cut into <em>tokens</em>, maximal runs of {@code [a-z0-9]}.
 * A key side that the pattern bounds (by a look-around rejecting a letter or digit, or by a non-word
 * char of the entry such as a space, which the pattern matches only with a non-word char) must be a
 * token side: a folded char in {@code [a-z0-9]} comes from a text char in {@code [A-Za-z0-9]}, U+0130
 * or U+212A, all letters or digits, which such a bound rejects. So a key bounded on both sides must be
 * a whole token, one with an open end ({@code treatment*}) a token prefix, a drug-name stem (letters
 * before it) a token suffix. One pass over the tokens with a trie checks all keys. Immutable and
 * thread-safe.
 */
final class Cues {
    /** Trie over {@code [a-z0-9]}. */
    private static final class Node {
        final Node[] next = new Node[36];
        boolean whole;  // a key bounded on both sides ends here
        boolean prefix; // a key open at its end ends here

        Node child(char c, boolean create) {
            int i = c <= '9' ? c - '0' + 26 : c - 'a';
            if (next[i] == null && create) next[i] = new Node();
            return next[i];
        }
    }

    private final boolean always;
    private final Node forward = new Node();  // keys bounded at their start, read left to right
    private final Node backward = new Node(); // keys open at their start (stems), read right to left
    private final List<String> substrings = new ArrayList<>(); // keys open at both ends

    private Cues(boolean always) {
        this.always = always;
    }

    /** Entries of a lexicon compiled by {@code Negation.phrasePattern} (same conventions: words whole, trailing {@code *}). */
    static Cues lexicon(Collection<String> lexicon) {
        Cues c = new Cues(false);
        for (String e : lexicon) {
            String t = e.strip().toLowerCase(Locale.ROOT); // as phrasePattern, which builds the pattern from t
            if (t.isEmpty()) continue;
            boolean wildcard = t.endsWith("*");
            if (wildcard) t = t.substring(0, t.length() - 1);
            if (!c.add(t, true, !wildcard)) return new Cues(true);
        }
        return c;
    }

    /**
     * Keys that end a word but may follow other letters or digits: the stems of
     * {@code Prose.drugNames} (letters before the stem, a word end after it), or words a pattern
     * bounds on the right only.
     */
    static Cues suffixes(Collection<String> stems) {
        Cues c = new Cues(false);
        for (String s : stems) {
            if (!c.add(s.toLowerCase(Locale.ROOT), false, true)) return new Cues(true);
        }
        return c;
    }

    /**
     * A literal matched whole-word (quoted) by a CASE_INSENSITIVE | UNICODE_CASE pattern, as
     * {@code Prose.compound} does; lower-cased char by char like {@code folded}, so that a char such
     * as U+0130 stays one char.
     */
    static Cues literal(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = Character.toLowerCase(cs[i]);
        Cues c = new Cues(false);
        return c.add(new String(cs), true, true) ? c : new Cues(true);
    }

    /** For a pattern that matches nothing: never passes (except on the exotic chars, harmlessly). */
    static Cues none() {
        return new Cues(false);
    }

    /**
     * Plain lower-case ASCII substrings, no boundaries: one of them is in every match of a
     * hand-written, case-insensitive pattern. The caller's comment must say why.
     */
    static Cues anyOf(String... literals) {
        Cues c = new Cues(false);
        for (String l : literals) {
            if (!isAsciiRun(l, 0, l.length())) throw new IllegalArgumentException("not a lower-case ASCII literal: " + l);
            c.substrings.add(l);
        }
        return c;
    }

    /**
     * Adds the key of one entry; false when it has none. {@code startBound}/{@code endBound}: whether
     * the pattern rejects a letter or digit right before the entry's first char / after its last.
     */
    private boolean add(String t, boolean startBound, boolean endBound) {
        int bestFrom = -1;
        int bestTo = -1;
        int i = 0;
        while (i < t.length()) {
            if (!Character.isLetterOrDigit(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && Character.isLetterOrDigit(t.charAt(j))) j++;
            if (isAsciiRun(t, i, j) && j - i > bestTo - bestFrom) {
                bestFrom = i;
                bestTo = j;
            }
            i = j;
        }
        if (bestFrom < 0) return false;
        String key = t.substring(bestFrom, bestTo);
        // inside the entry a run is bounded by the entry's own non-word chars
        boolean left = bestFrom > 0 || startBound;
        boolean right = bestTo < t.length() || endBound;
        if (left) {
            Node n = forward;
            for (int k = 0; k < key.length(); k++) n = n.child(key.charAt(k), true);
            if (right) n.whole = true;
            else n.prefix = true;
        } else if (right) {
            Node n = backward;
            for (int k = key.length() - 1; k >= 0; k--) n = n.child(key.charAt(k), true);
            n.prefix = true;
        } else {
            substrings.add(key);
        }
        return true;
    }

    private static boolean isAsciiRun(String t, int from, int to) {
        if (to <= from) return false;
        for (int k = from; k < to; k++) {
            if (!isAsciiWordChar(t.charAt(k))) return false;
        }
        return true;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** False only when the pattern cannot match the sentence whose folded text this is. */
    boolean mayMatch(String folded) {
        if (always || MappedText.hasUnfoldedCaseVariant(folded)) return true;
        for (String s : substrings) {
            if (folded.contains(s)) return true;
        }
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!isAsciiWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isAsciiWordChar(folded.charAt(j))) j++;
            if (keyIn(folded, i, j)) return true;
            i = j;
        }
        return false;
    }

    /**
     * {@link #mayMatch(String)} of several cues in one pass over the folded text's tokens (instead of
     * one pass per cue): bit {@code i} of the result is set exactly when {@code cues[i].mayMatch(folded)}
     * is true. The same three tests as there (always/exotic, substrings, a key in a token), merely
     * sharing the tokenisation. At most 64 cues.
     */
    static long mayMatchEach(String folded, Cues... cues) {
        int k = cues.length;
        if (k > 64) throw new IllegalArgumentException("at most 64 cues");
        long all = k == 64 ? -1L : (1L << k) - 1;
        if (MappedText.hasUnfoldedCaseVariant(folded)) return all;
        long result = 0;
        for (int c = 0; c < k; c++) {
            Cues cue = cues[c];
            if (cue.always) {
                result |= 1L << c;
                continue;
            }
            for (String sub : cue.substrings) {
                if (folded.contains(sub)) {
                    result |= 1L << c;
                    break;
                }
            }
        }
        int n = folded.length();
        int i = 0;
        while (i < n && result != all) {
            if (!isAsciiWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isAsciiWordChar(folded.charAt(j))) j++;
            for (int c = 0; c < k; c++) {
                if ((result & (1L << c)) == 0 && cues[c].keyIn(folded, i, j)) result |= 1L << c;
            }
            i = j;
        }
        return result;
    }

    /** Whether token [from, to) is a whole key, starts with an open-ended key or ends with a stem. */
    private boolean keyIn(String folded, int from, int to) {
        Node n = forward;
        for (int k = from; k < to && n != null; k++) {
            n = n.child(folded.charAt(k), false);
            if (n != null && (n.prefix || (n.whole && k == to - 1))) return true;
        }
        n = backward;
        for (int k = to - 1; k >= from && n != null; k--) {
            n = n.child(folded.charAt(k), false);
            if (n != null && n.prefix) return true;
        }
        return false;
    }

}
