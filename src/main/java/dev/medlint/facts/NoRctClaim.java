package dev.medlint.facts;

import dev.medlint.page.Span;

/** A statement that no (large / randomized) controlled trial has confirmed efficacy. */
public record NoRctClaim(Span span, String text, String sectionKey) {
}
