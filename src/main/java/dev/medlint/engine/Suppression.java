package dev.medlint.engine;

/** Why a finding is not shown: kind is "inSource" (a medlint-disable comment) or "external" (baseline). */
public record Suppression(String kind, String justification) {
}
