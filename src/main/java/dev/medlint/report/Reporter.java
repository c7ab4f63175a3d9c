package dev.medlint.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Report} in one output format. Implementations are stateless and thread-safe; they
 * neither flush nor close the writer. Character encoding is the writer's (the CLI uses UTF-8).
 */
public interface Reporter {

    /** The format's name as {@code --format} takes it. */
    String name();

    void write(Report report, Writer out) throws IOException;
}
