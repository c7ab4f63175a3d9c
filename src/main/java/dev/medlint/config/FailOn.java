package dev.medlint.config;

import dev.medlint.engine.Severity;
import java.util.Locale;
import java.util.Optional;

/** The lowest severity that fails a run (exit code 1), or never. */
public enum FailOn {
    ERROR,
    WARNING,
    INFO,
    NEVER;

    /** What a run uses when neither the command line nor a config file says. */
    public static final FailOn DEFAULT = ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads error, warning, info or never (case-insensitive). */
    public static Optional<FailOn> parse(String s) {
        for (FailOn f : values()) {
            if (f.id().equalsIgnoreCase(s.strip())) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** Whether an unsuppressed finding of this severity fails the run. */
    public boolean blocks(Severity s) {
        return switch (this) {
            case NEVER -> false;
            case ERROR -> s.atLeast(Severity.ERROR);
            case WARNING -> s.atLeast(Severity.WARNING);
            case INFO -> true;
        };
    }
}
