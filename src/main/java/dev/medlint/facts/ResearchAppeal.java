package dev.medlint.facts;

import dev.medlint.page.Span;

/** An appeal to published research, studies, trials, literature or peer review (body text only). */
public record ResearchAppeal(Span span, String text) {
}
