package dev.medlint.facts;

import dev.medlint.page.Span;

/** An affirmative dose or regimen: kind is "amount", "schedule" or "instruction". */
public record DosingMention(Span span, String kind, String text) {
}
