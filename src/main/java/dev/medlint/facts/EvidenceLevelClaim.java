package dev.medlint.facts;

import dev.medlint.page.Span;

/**
 * An evidence-level classification statement. {@code level} is the canonical id from the pack's
 * vocabulary and {@code rank} its position (1 = lowest) when {@code recognized}; otherwise level is
 * "" and rank 0. {@code phrase} is the level as written; {@code levelSpan} points at it.
 */
public record EvidenceLevelClaim(Span span, Span levelSpan, String phrase, String level, int rank, boolean recognized) {
}
