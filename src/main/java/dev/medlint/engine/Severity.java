package dev.medlint.engine;

import java.util.Locale;
import java.util.Optional;

/** Finding severity, lowest to highest. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String s) {
        if (s == null) return Optional.empty();
        for (Severity v : values()) {
            if (v.id().equalsIgnoreCase(s.strip())) return Optional.of(v);
        }
        return Optional.empty();
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
