package dev.medlint.facts;

import dev.medlint.page.Span;

/**
 * An indication said to be approved outside the status statement ("approvals across lung, liver,
 * and breast cancers"), already mapped to its site by the pack's indication map.
 */
public record IndicationMention(Span span, String term, String site, String sectionKey) {
}
