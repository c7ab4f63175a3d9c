package dev.medlint.facts;

/** A section the pack requires (inserted from pack.yml, not from the page). */
public record RequiredSection(String key, String title) {
}
