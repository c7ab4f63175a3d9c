package dev.medlint.facts;

import dev.medlint.page.Span;

/** Flesch-Kincaid figures over the page's body prose; {@code span} covers the prose scored. */
public record Readability(Span span, double grade, int sentences, int words, int syllables) {
}
