package dev.medlint.page;

/**
 * One sentence of a block. {@code text} is the cleaned text (no markup); {@link #span(int, int)}
 * maps a character range of it back to the file.
 */
public record Sentence(MappedText mapped, Block.Ref block) {

    public String text() {
        return mapped.text();
    }

    /** {@link MappedText#folded()}: the text lower-cased char by char, same length and indices. */
    public String folded() {
        return mapped.folded();
    }

    public Span span() {
        return mapped.span();
    }

    public Span span(int from, int to) {
        return mapped.span(from, to);
    }
}
