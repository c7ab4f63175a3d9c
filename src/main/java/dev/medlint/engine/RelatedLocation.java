package dev.medlint.engine;

import dev.medlint.page.Span;

/** A second place a finding refers to: the statement a contradiction contradicts. */
public record RelatedLocation(Span span, String message) {
}
