package dev.medlint.facts;

import dev.medlint.page.Span;
import java.util.List;

/**
 * A regulatory status statement ("Current status: FDA-approved for NSCLC, SCLC ...").
 * {@code indications} are as written, {@code sites} the ones the pack's indication map knows,
 * mapped to their site. {@code coversCondition} is true when the approval is for the page's
 * condition, a subtype or site of it, or names no indication (catalogue decision 4).
 */
public record ApprovalClaim(Span span, ApprovalStatus status, String jurisdiction, List<String> indications,
                            List<String> sites, boolean coversCondition, String sectionKey) {
    public ApprovalClaim {
        indications = List.copyOf(indications);
        sites = List.copyOf(sites);
    }

    public boolean isApproved() {
        return status == ApprovalStatus.APPROVED;
    }
}
