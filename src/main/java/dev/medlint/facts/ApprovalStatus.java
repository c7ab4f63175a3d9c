package dev.medlint.facts;

/** Regulatory status a page states for its compound. */
public enum ApprovalStatus {
    APPROVED,
    NOT_APPROVED,
    INVESTIGATIONAL
}
