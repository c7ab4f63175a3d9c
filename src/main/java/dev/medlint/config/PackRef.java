package dev.medlint.config;

import java.nio.file.Path;

/**
 * A config file's {@code pack}: a rule pack folder.
 *
 * @param dir     the folder, absolute (resolved against the config file's folder)
 * @param written the value as the config file writes it
 * @param line    the 1-based line of the {@code pack} key
 */
public record PackRef(Path dir, String written, int line) {
}
