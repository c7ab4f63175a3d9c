package dev.medlint.facts;

/** One level of the pack's evidence vocabulary and its rank, so rules compare levels by name. */
public record LevelRank(String level, int rank) {
}
