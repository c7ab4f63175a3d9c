package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Keywords;
import dev.medlint.page.Block;
import dev.medlint.page.BlockKind;
import dev.medlint.page.Page;
import dev.medlint.page.Role;
import dev.medlint.page.Section;
import dev.medlint.page.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the consistency annotators: body sentences, masking, clauses, questions. */
final class Prose {

    /**
     * A body sentence with the text the patterns run on ({@link #mask masked}, computed on first use:
     * most sentences are rejected by a keyword pre-check on {@link #folded()} before any pattern
     * runs) and its effective section key. Used by one thread, in one annotate() call.
     */
    static final class Item {
        private final Sentence sentence;
        private final String sectionKey;
        private String text;

        Item(Sentence sentence, String sectionKey) {
            this.sentence = sentence;
            this.sectionKey = sectionKey;
        }

        Sentence sentence() {
            return sentence;
        }

        String sectionKey() {
            return sectionKey;
        }

        /** The sentence text with Markdown marks masked ({@link Prose#mask}), same length and offsets. */
        String text() {
            if (text == null) text = mask(sentence.text());
            return text;
        }

        String raw() {
            return sentence.text();
        }

        /**
         * {@link Sentence#folded()}: the raw text lower-cased char by char. {@link #text()} differs
         * from the raw text only in the non-letters {@link #mask} replaces, so a letter keyword that an
         * ASCII case-insensitive pattern matches in {@code text()} is a substring of this.
         */
        String folded() {
            return sentence.folded();
        }
    }

    private static final Pattern CONTRAST = Pattern.compile(
            ";|,?\\s+(?:but|whereas|while|although|though|however)\\b|,\\s*yet\\b(?!\\s+to\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * Every {@link #CONTRAST} alternative holds ";" or one of these words (CONTRAST is ASCII
     * case-insensitive, so they appear lower-cased in the folded text).
     */
    private static final Keywords CONTRAST_KEYS = Keywords.of(";", "but", "whereas", "while", "though", "however", "yet");

    private Prose() {
    }

    /** True when one of {@code keys} lies wholly inside [from, to) of {@code folded}. */
    static boolean containsIn(String folded, int from, int to, String... keys) {
        for (String k : keys) {
            int i = folded.indexOf(k, from);
            if (i >= 0 && i + k.length() <= to) return true;
        }
        return false;
    }

    /**
     * The sentences of the page's body prose (paragraphs, list items, quotes with role BODY), in page
     * order. The key of a section without a pack key that comes before any known section (the intro
     * under the title) is reported as "overview".
     */
    static List<Item> body(Page page) {
        List<Item> out = new ArrayList<>();
        boolean seenKnown = false;
        for (Section section : page.sections()) {
            if (!section.key().isEmpty()) seenKnown = true;
            for (Block block : section.blocks()) {
                if (block.role() != Role.BODY) continue;
                if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.LIST_ITEM && block.kind() != BlockKind.QUOTE) {
                    continue;
                }
                String key = block.sectionKey().isEmpty() && !seenKnown ? "overview" : block.sectionKey();
                for (Sentence s : block.sentences()) out.add(new Item(s, key));
            }
        }
        return out;
    }

    /**
     * The text with Markdown emphasis and code marks ({@code * ` ~} and {@code _} outside words)
     * replaced by spaces, so patterns see plain words while offsets stay those of the sentence.
     */
    static String mask(String s) {
        if (!hasMaskable(s)) return s;
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch == '*' || ch == '`' || ch == '~') {
                c[i] = ' ';
            } else if (ch == '_') {
                boolean inWord = i > 0 && i + 1 < c.length
                        && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1));
                if (!inWord) c[i] = ' ';
            } else if (ch == '\u2019') {
                c[i] = '\'';
            }
        }
        return new String(c);
    }

    private static boolean hasMaskable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '*' || ch == '`' || ch == '~' || ch == '_' || ch == '\u2019') return true;
        }
        return false;
    }

    /** True when the sentence is a question (ends with '?', closing quotes or brackets aside). */
    static boolean isQuestion(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || "\"')]*_\u201d\u2019".indexOf(s.charAt(i)) >= 0)) i--;
        return i >= 0 && s.charAt(i) == '?';
    }

    /**
     * Clauses as half-open [start, end) ranges: the text split at semicolons and contrastive
     * conjunctions ("but", "whereas", "while", "although", "however", ", yet").
     */
    static List<int[]> clauses(String s, int from) {
        return clauses(s, null, from);
    }

    /**
     * {@link #clauses(String, int)} for a text whose {@link Item#folded()} is {@code folded} (or
     * null): without ";" and the contrast words the text is one clause, found without the regex.
     */
    static List<int[]> clauses(String s, String folded, int from) {
        List<int[]> out = new ArrayList<>();
        if (folded != null && !CONTRAST_KEYS.anyIn(folded)) {
            if (from < s.length()) out.add(new int[] {from, s.length()});
            return out;
        }
        Matcher m = CONTRAST.matcher(s);
        m.region(from, s.length());
        int start = from;
        while (m.find()) {
            if (m.start() > start) out.add(new int[] {start, m.start()});
            start = m.end();
        }
        if (start < s.length()) out.add(new int[] {start, s.length()});
        return out;
    }

    /** The clause containing offset {@code at}. */
    static int[] clauseAt(String s, int at) {
        return clauseAt(s, null, at);
    }

    /** {@link #clauseAt(String, int)} with the pre-check of {@link #clauses(String, String, int)}. */
    static int[] clauseAt(String s, String folded, int at) {
        for (int[] c : clauses(s, folded, 0)) {
            if (at >= c[0] && at < c[1]) return c;
        }
        return new int[] {0, s.length()};
    }

    /** Number of words in {@code s} between {@code from} and {@code to}. */
    static int words(String s, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    /** Trims whitespace and the given characters from both ends of [from, to); returns the new range. */
    static int[] trim(String s, int from, int to, String chars) {
        while (from < to && (Character.isWhitespace(s.charAt(from)) || chars.indexOf(s.charAt(from)) >= 0)) from++;
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || chars.indexOf(s.charAt(to - 1)) >= 0)) to--;
        return new int[] {from, to};
    }

    /**
     * The text with every character folded the way a CASE_INSENSITIVE | UNICODE_CASE pattern
     * compares it ({@code toLowerCase(toUpperCase(c))}, so "\u017F" gives "s" and the Kelvin sign
     * "k"), one char per char: a pattern literal that matches somewhere is then a plain substring
     * of the result, in lower case. For the annotators' cheap prefilters.
     */
    static String foldCase(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(out);
    }
}
