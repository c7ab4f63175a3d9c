package dev.medlint.nlp.consistency;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The regulator lexicon ({@code lexicons/regulators.yml}): term -> regulator. Thread-safe. */
final class Regulators {
    private final TermIndex index;

    Regulators(Map<String, String> map) {
        this.index = new TermIndex(map, 3);
    }

    /** The regulators named in {@code text}, in order, distinct, joined with ", "; "" when none. */
    String jurisdiction(CharSequence text) {
        Set<String> out = new LinkedHashSet<>();
        for (TermIndex.Hit h : index.find(text)) out.add(h.value());
        return String.join(", ", out);
    }

    /** True when a regulator / jurisdiction term starts exactly at {@code at}. */
    boolean startsAt(CharSequence text, int at) {
        for (TermIndex.Hit h : index.find(text)) {
            if (h.start() == at) return true;
        }
        return false;
    }
}
