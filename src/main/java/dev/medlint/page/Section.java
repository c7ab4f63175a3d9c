package dev.medlint.page;

import java.util.List;

/**
 * A section of a page: the blocks under one heading. {@code key} is the pack's id for a known
 * section ("mechanism", "disclaimer", ...) or "" for an extra one; {@code headingSpan} is the
 * heading's span, or the first block's for the implicit section before any heading.
 */
public record Section(String key, String title, Span headingSpan, List<Block> blocks) {
    public Section {
        key = key == null ? "" : key;
        blocks = List.copyOf(blocks);
    }
}
