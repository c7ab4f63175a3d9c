package dev.medlint.facts;

import dev.medlint.page.Span;

/** A statement that the content is AI-generated or AI-assisted. */
public record AiDisclosure(Span span, String text) {
}
