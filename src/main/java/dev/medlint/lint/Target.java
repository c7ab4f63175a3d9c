package dev.medlint.lint;

import java.nio.file.Path;

/** A file to lint and the path shown for it in reports (relative to the working directory). */
public record Target(Path file, String displayPath) {
}
