package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Keywords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the keys of a flat term map in text: whole words, case-insensitive, longest key first,
 * spaces and hyphens interchangeable, an optional plural "s"/"es". Single-word keys of up to
 * {@code acronymMax} letters are acronyms and match only in capitals (a leading lower-case letter
 * is allowed: "mCRPC"). Immutable and thread-safe.
 */
final class TermIndex {
    /** One occurrence: offsets in the searched text, the map key and its value. */
    record Hit(int start, int end, String key, String value) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2013]+");

    private final Map<String, String> map;
    /** {@link #normalise normalised} key -> key, for {@link #lookup}. */
    private final Map<String, String> byNormalised;
    private final Pattern pattern;
    /**
     * For each key, the start of its first word up to any apostrophe, folded like the pattern folds
     * (see {@link Prose#foldCase}): a match of the key holds it, so a text whose folded form holds
     * none of them has no match. Null (no pre-check) when one is not plain ASCII.
     */
    private final Keywords anchors;
    private final int acronymMax;

    TermIndex(Map<String, String> map, int acronymMax) {
        this.map = Map.copyOf(map);
        this.acronymMax = acronymMax;
        // Two keys that normalise alike ("non-small cell" / "non small cell") used to be resolved by
        // the iteration order of Map.copyOf, which varies between JVM runs; the first in sorted
        // order wins now. The bundled lexicons have no such pair.
        Map<String, String> norm = new HashMap<>();
        for (String k : new TreeMap<>(map).keySet()) norm.putIfAbsent(normalise(k), k);
        this.byNormalised = Map.copyOf(norm);
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        // A match starts with the first character of a key, so when every key starts with an ASCII
        // letter or digit a look-ahead on those characters lets find() pass over most offsets after
        // one test instead of trying every key there. Under CASE_INSENSITIVE | UNICODE_CASE a class
        // character matches exactly the characters the key's literal does (U+017F, U+212A included).
        StringBuilder firsts = new StringBuilder();
        for (String k : keys) {
            if (k.isBlank()) continue;
            if (sb.length() > 0) sb.append('|');
            sb.append(keyPattern(k));
            char first = k.trim().charAt(0);
            if (firsts != null && first < 128 && Character.isLetterOrDigit(first)) {
                if (firsts.indexOf(String.valueOf(first)) < 0) firsts.append(first);
            } else {
                firsts = null;
            }
        }
        String guard = firsts == null ? "" : "(?=[" + firsts + "])";
        this.pattern = sb.length() == 0 ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])" + guard + "(?:" + sb + ")(?:e?s)?(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String[] firstWords = anchors(keys);
        this.anchors = firstWords == null ? null : Keywords.of(firstWords);
    }

    private static String[] anchors(List<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            if (k.isBlank()) continue;
            String first = SEPARATORS.split(k.trim())[0];
            int quote = first.indexOf('\'');
            String anchor = Prose.foldCase(quote >= 0 ? first.substring(0, quote) : first);
            if (!anchor.chars().allMatch(c -> c < 128)) return null;
            out.add(anchor);
        }
        return out.toArray(new String[0]);
    }

    static String keyPattern(String key) {
        String[] parts = key.trim().split("[\\s\\-\u2010-\u2013]+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append("[\\s\\-\u2010-\u2013]+");
            sb.append(Pattern.quote(parts[i]).replace("'", "\\E['\u2019]\\Q"));
        }
        return sb.toString();
    }

    /** All non-overlapping occurrences, left to right. */
    List<Hit> find(CharSequence text) {
        return find(text, null);
    }

    /** {@link #find(CharSequence)} given {@code folded}, the text after {@link Prose#foldCase} (or null). */
    List<Hit> find(CharSequence text, String folded) {
        List<Hit> out = new ArrayList<>();
        if (pattern == null) return out;
        if (anchors != null) {
            if (folded == null) folded = Prose.foldCase(text.toString());
            if (!anchors.anyIn(folded)) return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String found = m.group();
            String key = lookup(found);
            if (key == null) continue;
            if (isAcronym(key) && !capitalised(found)) continue;
            out.add(new Hit(m.start(), m.end(), key, map.get(key)));
        }
        return out;
    }

    private String lookup(String found) {
        String norm = normalise(found);
        for (String candidate : new String[] {norm, strip(norm, "es"), strip(norm, "s")}) {
            if (candidate == null) continue;
            String k = byNormalised.get(candidate);
            if (k != null) return k;
        }
        return null;
    }

    private static String strip(String s, String suffix) {
        return s.endsWith(suffix) && s.length() > suffix.length() ? s.substring(0, s.length() - suffix.length()) : null;
    }

    static String normalise(String s) {
        return SEPARATORS.matcher(s.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ").trim();
    }

    private boolean isAcronym(String key) {
        return key.length() <= acronymMax && key.chars().allMatch(Character::isLetter);
    }

    private static boolean capitalised(String found) {
        String word = found.endsWith("s") && found.length() > 2 && Character.isUpperCase(found.charAt(found.length() - 2))
                ? found.substring(0, found.length() - 1) : found;
        if (word.length() < 2) return false;
        for (int i = 1; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) return false;
        }
        return true;
    }
}
