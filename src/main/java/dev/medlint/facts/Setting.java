package dev.medlint.facts;

/** A numeric setting of the pack (pack.yml {@code settings:}), e.g. reading-level-max-grade. */
public record Setting(String name, double value) {
}
