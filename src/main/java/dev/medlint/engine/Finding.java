package dev.medlint.engine;

import dev.medlint.page.Span;
import java.util.List;
import java.util.Optional;

/**
 * One finding on one page. {@code section} is the title of the section it is in ("" for none).
 * {@code fingerprint} identifies the finding across edits that move it (rule id, path and the
 * normalised text it points at; see the linter); {@code suppression} is present when a comment or
 * baseline hides it.
 */
public record Finding(String ruleId, Severity severity, String message, String path, Span span, String section,
                      List<RelatedLocation> related, String fingerprint, Optional<Suppression> suppression) {
    public Finding {
        related = List.copyOf(related);
        section = section == null ? "" : section;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, message, path, span, section, related, fingerprint, suppression);
    }

    public Finding withFingerprint(String f) {
        return new Finding(ruleId, severity, message, path, span, section, related, f, suppression);
    }

    public Finding suppressed(Suppression s) {
        return new Finding(ruleId, severity, message, path, span, section, related, fingerprint, Optional.of(s));
    }

    public boolean isSuppressed() {
        return suppression.isPresent();
    }
}
