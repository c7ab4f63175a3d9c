package dev.medlint.facts;

import dev.medlint.page.Span;

/**
 * A labelled disclaimer block and which of its three required elements it states: (a) not medical
 * advice, (b) refers to a qualified healthcare professional, (c) do not start, stop or change
 * treatment based on the page.
 */
public record DisclaimerFact(Span span, boolean notMedicalAdvice, boolean refersToProfessional,
                             boolean noTreatmentChange) {
    public boolean complete() {
        return notMedicalAdvice && refersToProfessional && noTreatmentChange;
    }
}
