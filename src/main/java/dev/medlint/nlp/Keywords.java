package dev.medlint.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of literal strings, tested against a text in one pass: {@link #anyIn} is exactly
 * "some keyword is a substring of the text", but visits each character once and tries only the
 * keywords starting with it, instead of one {@code indexOf} scan of the whole text per keyword.
 * Annotators use it for their pre-checks on lower-cased sentences (several sets a sentence); under
 * the C1 compiler the launcher uses, {@code String.indexOf} is a plain loop, and those scans were
 * a quarter of all CPU. Immutable and thread-safe.
 */
public final class Keywords {
    private final String[] all;
    private final String[][] ascii = new String[128][];
    private final Map<Character, String[]> other = new HashMap<>();
    private final boolean hasEmpty;

    private Keywords(String[] words) {
        this.all = words.clone();
        boolean empty = false;
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                empty = true;
                continue;
            }
            byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
        }
        this.hasEmpty = empty;
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            String[] ws = e.getValue().toArray(String[]::new);
            char c = e.getKey();
            if (c < 128) ascii[c] = ws;
            else other.put(c, ws);
        }
    }

    public static Keywords of(String... words) {
        return new Keywords(words);
    }

    public static Keywords of(Collection<String> words) {
        return new Keywords(words.toArray(String[]::new));
    }

    /** True when one of the keywords occurs in {@code text} (as {@code text.contains(k)} would say). */
    public boolean anyIn(String text) {
        if (hasEmpty) return true;
        boolean others = !other.isEmpty();
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            String[] candidates = c < 128 ? ascii[c] : others ? other.get(c) : null;
            if (candidates == null) continue;
            for (String k : candidates) {
                if (text.startsWith(k, i)) return true;
            }
        }
        return false;
    }

    /** The keywords, in the order given. */
    public List<String> list() {
        return List.of(all);
    }

    @Override
    public String toString() {
        return "Keywords" + Arrays.toString(all);
    }
}
