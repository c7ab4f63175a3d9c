package dev.medlint.facts;

import dev.medlint.page.Span;

/** Advice conditioned on the compound not being approved ("... if the compound is not yet approved"). */
public record ConditionalApprovalAdvice(Span span) {
}
