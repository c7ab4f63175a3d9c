package dev.medlint.baseline;

import java.util.Comparator;

/**
 * One accepted finding in a baseline file. Only the fingerprint is matched; the rest is there so a
 * reviewer can read the file (and its diffs) without running medlint.
 */
public record BaselineEntry(String fingerprint, String ruleId, String path, String message) {
    /** The order entries are written in: path, rule id, message, fingerprint (no line numbers, so it stays put). */
    public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::ruleId)
            .thenComparing(BaselineEntry::message)
            .thenComparing(BaselineEntry::fingerprint);
}
