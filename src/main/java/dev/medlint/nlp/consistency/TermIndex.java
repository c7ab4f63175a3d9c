package dev.medlint.nlp.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final Map<String, String> map;
    private final Pattern pattern;
    private final int acronymMax;

    TermIndex(Map<String, String> map, int acronymMax) {
        this.map = Map.copyOf(map);
        this.acronymMax = acronymMax;
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            if (k.isBlank()) continue;
            if (sb.length() > 0) sb.append('|');
            sb.append(keyPattern(k));
        }
        this.pattern = sb.length() == 0 ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + sb + ")(?:e?s)?(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
        List<Hit> out = new ArrayList<>();
        if (pattern == null) return out;
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
            for (String k : map.keySet()) {
                if (normalise(k).equals(candidate)) return k;
            }
        }
        return null;
    }

    private static String strip(String s, String suffix) {
        return s.endsWith(suffix) && s.length() > suffix.length() ? s.substring(0, s.length() - suffix.length()) : null;
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\s\\-\u2010-\u2013]+", " ").trim();
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
