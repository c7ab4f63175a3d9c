package dev.medlint.page;

/**
 * Text that was cleaned of markup (list markers, emphasis, link syntax) but still knows, for each
 * character, where it stands in the original file, so anything found in it gets an exact span.
 */
public final class MappedText implements CharSequence {
    private final String text;
    private final int[] sourceOffsets; // one per char, plus one past the end
    private final LineIndex lines;
    private String folded; // lazily: racy single-check, safe for an immutable String

    /**
     * @param sourceOffsets length {@code text.length() + 1}: the source offset of each character and,
     *                      last, the source offset just past the final character
     */
    public MappedText(String text, int[] sourceOffsets, LineIndex lines) {
        if (sourceOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map length " + sourceOffsets.length + " for text of " + text.length());
        }
        this.text = text;
        this.sourceOffsets = sourceOffsets;
        this.lines = lines;
    }

    /** Text that is a verbatim slice of the source starting at {@code sourceStart}. */
    public static MappedText verbatim(String text, int sourceStart, LineIndex lines) {
        int[] offs = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) offs[i] = sourceStart + i;
        return new MappedText(text, offs, lines);
    }

    public String text() {
        return text;
    }

    /**
     * The text lower-cased one char at a time ({@link Character#toLowerCase(char)}), so it has the
     * same length and every index means the same character as in {@link #text()}. Computed once and
     * shared by every annotator: cheap keyword pre-checks ({@code folded().contains("cure")}) and
     * case-insensitive searches whose offsets apply to the text as is.
     */
    public String folded() {
        String f = folded;
        if (f == null) {
            char[] cs = text.toCharArray();
            for (int i = 0; i < cs.length; i++) cs[i] = Character.toLowerCase(cs[i]);
            f = new String(cs);
            folded = f;
        }
        return f;
    }

    /**
     * True when {@code s} holds a char that a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern matches
     * as an ASCII letter but {@link #folded()} keeps as it is: the dotless i (U+0131) and the long s
     * (U+017F); in all of Unicode only these two. A keyword pre-check on folded text must let such
     * texts through to the pattern to give exactly the pattern's answer.
     */
    public static boolean hasUnfoldedCaseVariant(String s) {
        return s.indexOf('\u0131') >= 0 || s.indexOf('\u017F') >= 0;
    }

    public LineIndex lines() {
        return lines;
    }

    /** Source offset of character {@code i} (or just past the end for {@code i == length()}). */
    public int sourceOffset(int i) {
        return sourceOffsets[i];
    }

    /** Span in the original file of characters [from, to) of this text. */
    public Span span(int from, int to) {
        if (to <= from) {
            int o = sourceOffsets[from];
            return lines.span(o, o);
        }
        return lines.span(sourceOffsets[from], sourceOffsets[to - 1] + 1);
    }

    public Span span() {
        return span(0, text.length());
    }

    public MappedText sub(int from, int to) {
        int[] offs = new int[to - from + 1];
        System.arraycopy(sourceOffsets, from, offs, 0, to - from);
        offs[to - from] = to > from ? sourceOffsets[to - 1] + 1 : sourceOffsets[from];
        return new MappedText(text.substring(from, to), offs, lines);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
