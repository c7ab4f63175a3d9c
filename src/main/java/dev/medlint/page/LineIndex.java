package dev.medlint.page;

import java.util.Arrays;

/**
 * Maps character offsets of a page's text to 1-based line and column. Lines end at LF, CRLF or a
 * lone CR, so a CR-only file gets the same lines an editor shows.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    public LineIndex(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.length = text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of a 0-based offset. */
    public int line(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(lineStarts, o);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column (UTF-16 units) of a 0-based offset. */
    public int column(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        return o - lineStarts[line(o) - 1] + 1;
    }

    /** 0-based offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Span of the half-open offset range [start, end). */
    public Span span(int start, int end) {
        int e = Math.max(start, end);
        return new Span(line(start), column(start), line(e), column(e));
    }
}
