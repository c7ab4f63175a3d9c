package dev.medlint.config;

import dev.medlint.engine.Severity;
import java.util.Locale;
import java.util.Optional;

/** A rule's setting in a config file: off, on (the rule's own severity), or a severity. */
public enum RuleLevel {
    OFF,
    ON,
    ERROR,
    WARNING,
    INFO;

    /** The spelling config files use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a config value (case-insensitive); empty when it is none of off, on, error, warning, info. */
    public static Optional<RuleLevel> parse(String s) {
        for (RuleLevel l : values()) {
            if (l.id().equalsIgnoreCase(s.strip())) return Optional.of(l);
        }
        return Optional.empty();
    }

    /** The severity a rule whose own severity is {@code ruleDefault} gets; empty when it is off. */
    public Optional<Severity> apply(Severity ruleDefault) {
        return switch (this) {
            case OFF -> Optional.empty();
            case ON -> Optional.of(ruleDefault);
            case ERROR -> Optional.of(Severity.ERROR);
            case WARNING -> Optional.of(Severity.WARNING);
            case INFO -> Optional.of(Severity.INFO);
        };
    }
}
