package dev.medlint.nlp.transparency;

import java.util.List;
import java.util.Set;

/**
 * Decides whether words plausibly spell an acronym, e.g. "non small cell lung cancer" for NSCLC or
 * "human epidermal growth factor receptor 2" for HER2. The acronym's letters (and digits) must be
 * found in order: the first at the first word's initial, each other one at a later word's initial
 * or further inside a word (DNA: "deoxyribonucleic acid"); at least half of them at initials; small
 * words free; at most half as many other words left unused (at least one). When {@code toEnd} is
 * set, the words between the last letter and the end of the long form count as unused ("chimeric
 * antigen receptor T-cell (CAR-T)"); otherwise trailing words are free ("NSCLC (non-small cell lung
 * cancer, the most common form)").
 */
final class Expansion {
    private final String letters;
    private final List<String> words;
    private final boolean toEnd;
    private final Set<String> smallWords;
    private final int budget;
    private final int minInitials;

    private Expansion(String letters, List<String> words, boolean toEnd, Set<String> smallWords) {
        this.letters = letters;
        this.words = words;
        this.toEnd = toEnd;
        this.smallWords = smallWords;
        this.budget = Math.max(1, letters.length() / 2);
        this.minInitials = (letters.length() + 1) / 2;
    }

    /**
     * @param letters lower-case letters and digits of the acronym
     * @param words   lower-case words of the candidate long form, the first one where it starts
     */
    static boolean matches(String letters, List<String> words, boolean toEnd, Set<String> smallWords) {
        if (letters.isEmpty() || words.isEmpty() || words.get(0).isEmpty() || words.get(0).charAt(0) != letters.charAt(0)) {
            return false;
        }
        return new Expansion(letters, words, toEnd, smallWords).search(1, 0, 1, 1, 0);
    }

    /**
     * @param i        next letter to place
     * @param w        the word the last letter was placed in
     * @param c        next character of word w that may take a letter
     * @param initials letters placed at word initials so far
     * @param skipped  content words passed over so far
     */
    private boolean search(int i, int w, int c, int initials, int skipped) {
        if (i == letters.length()) {
            if (initials < minInitials) return false;
            if (!toEnd) return true;
            int left = skipped;
            for (int k = w + 1; k < words.size(); k++) {
                if (!smallWords.contains(words.get(k)) && ++left > budget) return false;
            }
            return true;
        }
        char ch = letters.charAt(i);
        String word = words.get(w);
        for (int p = c; p < word.length(); p++) {
            if (word.charAt(p) == ch && search(i + 1, w, p + 1, initials, skipped)) return true;
        }
        int skippedHere = skipped;
        for (int w2 = w + 1; w2 < words.size(); w2++) {
            String next = words.get(w2);
            if (next.charAt(0) == ch && search(i + 1, w2, 1, initials + 1, skippedHere)) return true;
            for (int p = 1; p < next.length(); p++) {
                if (next.charAt(p) == ch && search(i + 1, w2, p + 1, initials, skippedHere)) return true;
            }
            if (!smallWords.contains(next) && ++skippedHere > budget) break;
        }
        return false;
    }
}
