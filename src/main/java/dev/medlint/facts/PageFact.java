package dev.medlint.facts;

/** One per page: what the title says and whether the page has any text. */
public record PageFact(String path, String compound, String condition, boolean emptyPage) {
}
