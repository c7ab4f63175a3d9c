package dev.medlint.pack;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One level of the controlled evidence vocabulary: id, rank (1 = lowest) and the phrasings that
 * name it, as case-insensitive regular expressions.
 */
public record EvidenceLevelDef(String id, int rank, List<Pattern> phrases) {
    public EvidenceLevelDef {
        phrases = List.copyOf(phrases);
    }
}
