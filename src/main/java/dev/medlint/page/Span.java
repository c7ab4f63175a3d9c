package dev.medlint.page;

/**
 * A region of the original file as the user sees it: 1-based lines and columns, columns counted in
 * UTF-16 code units (a tab is one column), {@code endColumn} exclusive. A point (for something
 * absent) has {@code end == start}.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn) implements Comparable<Span> {

    /** Where findings about something absent from the page point. */
    public static final Span PAGE_START = new Span(1, 1, 1, 1);

    public Span {
        if (startLine < 1 || startColumn < 1 || endLine < startLine
                || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("bad span " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
        }
    }

    public static Span point(int line, int column) {
        return new Span(line, column, line, column);
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        Span first = compareTo(other) <= 0 ? this : other;
        boolean thisEndsLater = endLine > other.endLine || (endLine == other.endLine && endColumn >= other.endColumn);
        Span last = thisEndsLater ? this : other;
        return new Span(first.startLine, first.startColumn, last.endLine, last.endColumn);
    }

    @Override
    public int compareTo(Span o) {
        if (startLine != o.startLine) return Integer.compare(startLine, o.startLine);
        if (startColumn != o.startColumn) return Integer.compare(startColumn, o.startColumn);
        if (endLine != o.endLine) return Integer.compare(endLine, o.endLine);
        return Integer.compare(endColumn, o.endColumn);
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
