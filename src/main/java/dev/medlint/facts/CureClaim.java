package dev.medlint.facts;

import dev.medlint.page.Span;

/** An affirmative claim of a cure or guaranteed outcome. */
public record CureClaim(Span span, String text) {
}
