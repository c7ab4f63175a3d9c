package dev.medlint.page;

/** A link or autolink in a block: its destination and where it stands. */
public record Link(String destination, Span span) {
}
