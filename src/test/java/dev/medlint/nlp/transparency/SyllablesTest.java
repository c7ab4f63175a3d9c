package dev.medlint.nlp.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SyllablesTest {

    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource(delimiter = '|', value = {
            "cat|1", "the|1", "any|2", "table|2", "people|2", "whole|1", "value|2", "makes|1", "cases|2", "tables|2",
            "studies|2", "based|1", "wanted|2", "applied|2", "controlled|2", "trial|2", "radiation|4", "initial|3",
            "physician|3", "biology|4", "various|3", "infectious|3", "actual|3", "language|2", "quality|3",
            "video|3", "people|2", "diet|2", "patient|2", "going|2", "studying|3", "mechanism|4", "idea|3",
            "likely|2", "management|3", "element|3", "fatigue|2", "literature|4", "atezolizumab|6",
            "hepatocellular|6", "cytotoxicity|6", "comorbidities|5",
            // tokens that are not plain words
            "NSCLC|5", "FDA|3", "WHO|5", "COVID-19|4", "PD-L1|4", "HER2|4", "IMpower150|6", "1,200|4", "2.5|3",
            "tumor-infiltrating|6", "patient's|2", "don't|1", "(peer-reviewed)|3", "—|0", "+|0",
            // one-letter words (a crash found by fuzzing: "e" looked before its start)
            "e|1", "a|1", "y|1", "b|1"})
    void countsSyllables(String word, int expected) {
        assertThat(Syllables.count(word)).isEqualTo(expected);
    }

    /**
     * Counts pinned from the regex-per-word implementation, one or more words for each vowel-pair
     * and silent-ending rule and for unusual code points (superscripts, roman numerals, letters
     * outside the BMP): the literal guards in front of the rules must not change any of them.
     */
    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource(delimiter = '|', value = {
            "reality|4", "react|2", "reassess|3", "coagulation|5", "cooperate|4", "coordinate|4", "preexisting|4",
            "creative|3", "pancreatic|4", "increase|2", "earlier|3", "easiest|3", "area|3", "fluid|2", "continuity|5",
            "fluent|2", "influence|3", "continuous|4", "usual|3", "evaluate|4", "radii|3", "medium|3", "serious|3",
            "anxious|2", "audience|3", "society|4", "piece|1", "video|3", "theory|3", "someone|2", "pigeon|2",
            "courteous|2", "being|2", "mechanisms|4", "statement|2", "carefully|3", "careful|2", "likeness|2",
            "useless|3", "league|1", "ratio|3", "period\u00b2|4", "\u2163|1", "\u00bd|1", "\ud835\udc00\ud835\udc01\ud835\udc02|6",
            "\u017ftudy|2", "\u00c9TUDE|1", "stra\u00dfe|1", "\u0130STANBUL|8"})
    void guardedRulesAndUnusualTokensKeepTheirCounts(String word, int expected) {
        assertThat(Syllables.count(word)).isEqualTo(expected); // javac resolves the unicode escapes
    }

    @Test
    void agreesWithDictionaryCountsOnAWordList() throws IOException {
        List<String> misses = new ArrayList<>();
        int total = 0;
        try (InputStream in = getClass().getResourceAsStream("syllables.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                total++;
                int got = Syllables.count(cols[0]);
                if (got != Integer.parseInt(cols[1].strip())) misses.add(cols[0] + " " + got + " (dictionary " + cols[1].strip() + ")");
            }
        }
        assertThat(total).isGreaterThan(300);
        // a heuristic is never exact; it must stay close to a dictionary on medical and everyday words
        assertThat(misses.size()).as("misses: %s", misses).isLessThanOrEqualTo(total * 3 / 100);
    }
}
