package dev.medlint.facts;

import dev.medlint.page.Span;

/**
 * A trial named as evidence, affirmatively: kind is "phase-3", "randomized" or "named";
 * {@code name} is the trial name or the phrase.
 */
public record TrialMention(Span span, String kind, String name, String sectionKey) {
}
