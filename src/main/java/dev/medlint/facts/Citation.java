package dev.medlint.facts;

import dev.medlint.page.Span;

/** A verifiable citation: kind is "doi", "pmid", "nct", "url" or "references". */
public record Citation(Span span, String kind, String text) {
}
