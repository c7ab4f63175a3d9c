package dev.medlint.facts;

import dev.medlint.page.Span;

/** A promotional superlative from the pack's hype lexicon. */
public record HypeTerm(Span span, String term) {
}
