package dev.medlint.page;

import java.util.Arrays;

/**
 * Builds cleaned block text one character at a time, each with its offset in the original file, and
 * aligns literals CommonMark decoded (escapes, entities, code spans) with their source characters.
 */
final class TextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[64];

    int length() {
        return text.length();
    }

    void append(char c, int offset) {
        if (text.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
        offsets[text.length()] = offset;
        text.append(c);
    }

    /** Offset of the last character appended, or -1. */
    int lastOffset() {
        return text.isEmpty() ? -1 : offsets[text.length() - 1];
    }

    boolean endsWithSpace() {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    }

    /**
     * Appends {@code literal}, mapping each character to the source character it came from. The
     * source may hold extra characters the literal lacks (backslashes of escapes, entity text, code
     * span padding, indentation); whitespace and line breaks correspond loosely.
     */
    void appendAligned(String literal, char[] src, int[] srcOffsets) {
        appendAligned(literal, src, srcOffsets, false);
    }

    /**
     * As {@link #appendAligned(String, char[], int[])}; with {@code collapse}, a whitespace character
     * that would follow whitespace is dropped (markup removed between two spaces leaves one).
     */
    void appendAligned(String literal, char[] src, int[] srcOffsets, boolean collapse) {
        int i = 0;
        int j = 0;
        int n = src.length;
        int fallback = n > 0 ? srcOffsets[0] : Math.max(0, lastOffset() + 1);
        while (j < literal.length()) {
            char c = literal.charAt(j);
            if (i >= n) {
                int o = n > 0 ? srcOffsets[n - 1] + 1 : fallback;
                append(c, o);
                j++;
                continue;
            }
            char s = src[i];
            if (c == s) {
                if (!(collapse && Character.isWhitespace(c) && (text.isEmpty() || endsWithSpace()))) append(c, srcOffsets[i]);
                fallback = srcOffsets[i] + 1;
                i++;
                j++;
            } else if (s == '\\' && i + 1 < n && src[i + 1] == c) {
                i++;
            } else if (s == '&') {
                int semi = -1;
                for (int k = i + 1; k < n && k <= i + 40; k++) {
                    if (src[k] == ';') {
                        semi = k;
                        break;
                    }
                    if (!Character.isLetterOrDigit(src[k]) && src[k] != '#') break;
                }
                if (semi < 0) {
                    i++;
                    continue;
                }
                int produced = 1;
                for (int k = 1; k <= 2 && j + k <= literal.length(); k++) {
                    boolean endsTogether = j + k == literal.length() && semi + 1 >= n;
                    boolean resyncs = j + k < literal.length() && semi + 1 < n && literal.charAt(j + k) == src[semi + 1];
                    if (endsTogether || resyncs) {
                        produced = k;
                        break;
                    }
                }
                for (int k = 0; k < produced && j < literal.length(); k++) {
                    append(literal.charAt(j++), srcOffsets[i]);
                }
                fallback = srcOffsets[semi] + 1;
                i = semi + 1;
            } else if (Character.isWhitespace(c) && Character.isWhitespace(s)) {
                if (!(collapse && (text.isEmpty() || endsWithSpace()))) append(c, srcOffsets[i]);
                fallback = srcOffsets[i] + 1;
                i++;
                j++;
            } else {
                i++; // a source character the literal does not have
            }
        }
    }

    /** A line break inside a block: one space, mapped to where the line ended. */
    void lineBreak(int lineEndOffset) {
        if (!text.isEmpty() && !endsWithSpace()) append(' ', lineEndOffset);
    }

    /** Index of the first non-whitespace character. */
    int trimStart() {
        int s = 0;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) s++;
        return s;
    }

    /** The text trimmed of surrounding whitespace, mapped to the file. */
    MappedText build(LineIndex lines, int emptyOffset) {
        int s = trimStart();
        int e = text.length();
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        int[] offs = new int[e - s + 1];
        System.arraycopy(offsets, s, offs, 0, e - s);
        offs[e - s] = e > s ? offsets[e - 1] + 1 : emptyOffset;
        return new MappedText(text.substring(s, e), offs, lines);
    }
}
