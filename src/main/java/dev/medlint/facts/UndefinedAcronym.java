package dev.medlint.facts;

import dev.medlint.page.Span;

/** First use of an acronym that is not expanded there or before, and not allowlisted. */
public record UndefinedAcronym(Span span, String acronym) {
}
