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

    /** The elements it lacks, for the finding's message: "(a) ..., (c) ...". */
    public String missingElements() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (!notMedicalAdvice) missing.add("that the page is not medical advice");
        if (!refersToProfessional) missing.add("a referral to a qualified healthcare professional");
        if (!noTreatmentChange) missing.add("not to start, stop or change treatment based on the page");
        return String.join("; ", missing);
    }
}
