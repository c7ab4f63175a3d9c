package dev.medlint.nlp.transparency;

import dev.medlint.pack.Pack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads this package's lexicons from the pack ({@code lexicons/NAME.txt}) in the three shapes they
 * come in: regular expressions (one a line), plain phrases (one a line, matched as whole words) and
 * word sets. A lexicon that an annotator cannot work without and that is missing, empty or not a
 * valid expression is a pack error, reported with the file name.
 */
final class Lexicons {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private Lexicons() {
    }

    /** Regular expressions, one a line, compiled case-insensitively. */
    static List<Pattern> patterns(Pack pack, String name) {
        List<Pattern> out = new ArrayList<>();
        for (String line : required(pack, name)) {
            try {
                out.add(Pattern.compile(line, FLAGS));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(file(pack, name) + ": bad pattern '" + line + "': " + e.getDescription(), e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Plain phrases, one a line, as one case-insensitive pattern matching any of them as whole
     * words; spaces in a phrase match any run of spaces or hyphens, longer phrases win.
     */
    static PhraseSet phrases(Pack pack, String name) {
        List<String> phrases = required(pack, name).stream()
                .map(p -> p.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String alternation = phrases.stream()
                .map(p -> Pattern.quote(p).replaceAll("[ -]+", "\\\\E[\\\\s\\\\-\\\\u2010\\\\u2011]+\\\\Q"))
                .collect(Collectors.joining("|"));
        List<String> firstWords = phrases.stream().map(p -> p.split("[ -]+", -1)[0]).toList();
        return new PhraseSet(Pattern.compile("(?<![\\w-])(?:" + alternation + ")(?![\\w-])", FLAGS), firstWords);
    }

    /** Upper-cased entries; an absent lexicon is an empty set. */
    static Set<String> upperSet(Pack pack, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : pack.lexicon(name)) out.add(s.strip().toUpperCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /** Lower-cased entries of a lexicon that must not be empty. */
    static List<String> lowerList(Pack pack, String name) {
        return required(pack, name).stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> required(Pack pack, String name) {
        List<String> lines = pack.lexicon(name);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file(pack, name) + ": missing or empty; the transparency annotators need it");
        }
        return lines;
    }

    static String file(Pack pack, String name) {
        return pack.displayDir() + "/lexicons/" + name + ".txt";
    }
}
