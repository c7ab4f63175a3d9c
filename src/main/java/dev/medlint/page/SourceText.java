package dev.medlint.page;

import java.util.Map;

/**
 * A page file decoded to text, before parsing.
 *
 * @param displayPath how the user named the file (used in every message)
 * @param text        the decoded text, BOM removed, line endings untouched; all spans refer to it
 * @param frontMatter the YAML front matter mapping (empty when there is none); null values become ""
 * @param bodyStart   offset in {@code text} where the body starts (just after the front matter)
 */
public record SourceText(String displayPath, String text, Map<String, Object> frontMatter, int bodyStart) {
    public SourceText {
        displayPath = displayPath == null ? "" : displayPath;
        text = text == null ? "" : text;
        frontMatter = Map.copyOf(frontMatter);
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart " + bodyStart + " outside text of " + text.length());
        }
    }
}
