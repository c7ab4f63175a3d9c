package dev.medlint.lint;

import dev.medlint.engine.Finding;
import java.util.List;
import java.util.Optional;

/** The result for one file: its findings, or the one-line reason it could not be read. */
public record FileOutcome(String path, List<Finding> findings, Optional<String> error) {
    public FileOutcome {
        findings = List.copyOf(findings);
    }

    public static FileOutcome failed(String path, String error) {
        return new FileOutcome(path, List.of(), Optional.of(error));
    }
}
