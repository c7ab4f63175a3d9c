package dev.medlint.facts;

import dev.medlint.page.Span;

/** A statement that most of the data is preclinical (cell cultures, animal models). */
public record PreclinicalMajorityClaim(Span span, String sectionKey) {
}
