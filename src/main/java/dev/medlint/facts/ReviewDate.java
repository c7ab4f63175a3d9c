package dev.medlint.facts;

import dev.medlint.page.Span;

/** A labelled review / update / publication date; source is "front-matter" or "text". */
public record ReviewDate(Span span, String source, String text) {
}
