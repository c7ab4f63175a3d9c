package dev.medlint.nlp.transparency;

import static dev.medlint.nlp.transparency.Support.PACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralsTest {

    /** Regex, then the derived sets as {@code Arrays.deepToString} prints them. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", value = {
            "summar(?:y|ies) => [[summary, summaries]]",
            "texts? => [[text]]",
            "colou?r => [[colour, color]]",
            "(?<![.\\w])(?:AI|A\\.I\\.)[-\\s]generated\\b => [[generated], [ai, a.i.]]",
            "\\bwith\\s+(?:the\\s+)?(?:AI|generative\\s+AI)[-\\s](?:help|tools?)\\b => [[with], [help, tool], [ai, generative]]",
            "a*b+c{0,2}d{1,3} => [[b], [d]]",
            "(?:foo|bar\\w*) => [[foo, bar]]",
            "(?<name>Trial)\\s+\\d+ => [[trial]]",
            "x? => []",
            "[abc]+ => []",
            "foo|.* => []",
            "(?i)foo => []",
            "(foo)\\1 => []",
            "\\Qfoo\\E => []",
            "foo bar => [[foo], [bar]]",
            "\u00e9tude => [[tude]]"})
    void derivesLiteralSets(String regex, String expected) {
        assertThat(Arrays.deepToString(RequiredLiterals.of(regex))).isEqualTo(expected);
    }

    /**
     * The promise the pre-checks rest on, over every pattern lexicon of the pack and every line of the
     * fixtures and the held-out corpus: each match, lower-cased, contains a literal of each set.
     */
    @Test
    void everyMatchInTheFixturesAndCorpusContainsALiteralOfEachSet() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String root : List.of("fixtures", "corpus/pages")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(md|txt)$")).toList()) {
                    lines.addAll(Files.readAllLines(f));
                }
            }
        }
        int matches = 0;
        List<String> broken = new ArrayList<>();
        for (String lexicon : List.of("ai-disclosure", "disclaimer-not-advice", "disclaimer-professional", "disclaimer-treatment-change")) {
            for (Pattern p : Lexicons.patterns(PACK, lexicon)) {
                String[][] literals = RequiredLiterals.of(p.pattern());
                assertThat(literals).as("literals of %s", p.pattern()).isNotEmpty();
                dev.medlint.nlp.Keywords[] sets = java.util.Arrays.stream(literals).map(dev.medlint.nlp.Keywords::of)
                        .toArray(dev.medlint.nlp.Keywords[]::new);
                for (String line : lines) {
                    Matcher m = p.matcher(line);
                    while (m.find()) {
                        matches++;
                        String folded = m.group().toLowerCase(java.util.Locale.ROOT);
                        if (!TextUnits.containsOneOfEach(folded, sets)) broken.add(p.pattern() + " on '" + m.group() + "'");
                    }
                }
            }
        }
        assertThat(matches).isGreaterThan(100);
        assertThat(broken).isEmpty();
    }
}
