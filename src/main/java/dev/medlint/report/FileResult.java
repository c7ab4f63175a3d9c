package dev.medlint.report;

import dev.medlint.engine.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one input file.
 *
 * @param path     the path as the user should see it: relative to the working directory, forward slashes
 * @param findings the file's findings, suppressed ones included (reporters decide what to show)
 * @param error    the one-line reason a file could not be read; such a file has no findings
 */
public record FileResult(String path, List<Finding> findings, Optional<String> error) {

    public FileResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(error, "error");
        findings = List.copyOf(findings);
        if (error.isPresent() && !findings.isEmpty()) {
            throw new IllegalArgumentException(path + ": a file that could not be read has no findings");
        }
    }

    /** A file that was read and checked. */
    public static FileResult checked(String path, List<Finding> findings) {
        return new FileResult(path, findings, Optional.empty());
    }

    /** A file that could not be read, with the one-line reason. */
    public static FileResult unreadable(String path, String reason) {
        return new FileResult(path, List.of(), Optional.of(reason));
    }

    public boolean isUnreadable() {
        return error.isPresent();
    }
}
