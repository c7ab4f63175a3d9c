package dev.medlint.facts;

import dev.medlint.page.Span;

/** An absolute safety claim ("completely safe", "no side effects"). */
public record SafetyClaim(Span span, String text) {
}
