package dev.medlint.facts;

import dev.medlint.page.Span;

/** A section present on the page; {@code key} is the pack's id or "" for an extra section. */
public record SectionFact(String key, String title, Span span) {
}
