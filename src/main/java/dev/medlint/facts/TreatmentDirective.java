package dev.medlint.facts;

import dev.medlint.page.Span;

/** An instruction to the reader to start, stop, switch, increase, decrease or avoid a treatment. */
public record TreatmentDirective(Span span, String verb, String text) {
}
