package dev.medlint.nlp.prohibited;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.nlp.Negation;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CuesTest {
    private static final List<String> LEXICON = List.of("treatment*", "blood thinner*", "no side effects", "risk-free",
            "100% safe", "can't harm you", "come off", "naïve");

    private static String fold(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = Character.toLowerCase(cs[i]);
        return new String(cs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stop the Treatments now.", "a BLOOD-thinners dose", "It has No side effects.", "risk free",
        "It is 100% safe.", "It can’t harm you.", "Come  off it.", "a treatment", "Treatment", "RISK-FREE!"})
    void passesWhereTheLexiconMatches(String s) {
        Cues cues = Cues.lexicon(LEXICON.subList(0, 7));
        assertThat(Negation.phrasePattern(LEXICON.subList(0, 7)).matcher(s).find()).isTrue();
        assertThat(cues.mayMatch(fold(s))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nothing to see here.", "mistreatment", "No side effect.", "riskfree",
        "bloodthinner", "outcome off"})
    void rejectsWhereNoKeyCanBe(String s) {
        Cues cues = Cues.lexicon(LEXICON.subList(0, 7));
        assertThat(cues.mayMatch(fold(s))).isFalse();
    }

    @Test
    void anEntryWithoutAnAsciiRunMakesTheTestPassAlways() {
        assertThat(Cues.lexicon(LEXICON).mayMatch("nothing")).isTrue();
    }

    @Test
    void longSAndDotlessIPassBecauseUnicodeCaseMatchesThemAsAscii() {
        Cues cues = Cues.lexicon(List.of("risk-free"));
        assertThat(Negation.phrasePattern(List.of("risk-free")).matcher("rıſk-free").find()).isTrue();
        assertThat(cues.mayMatch(fold("rıſk-free"))).isTrue();
        assertThat(cues.mayMatch(fold("nothing"))).isFalse();
    }

    @Test
    void suffixesMatchWordEnds() {
        Cues cues = Cues.suffixes(List.of("mab", "tinib"));
        assertThat(cues.mayMatch(fold("Take atezolizuMAB."))).isTrue();
        assertThat(cues.mayMatch(fold("osimertinib-based"))).isTrue();
        assertThat(cues.mayMatch(fold("mabs and tinibs"))).isFalse();
    }

    @Test
    void literalIsWholeWordLikeTheCompoundPattern() {
        Cues cues = Cues.literal("St. John's Wort");
        assertThat(cues.mayMatch(fold("Try st. john’s wort."))).isTrue(); // the key "john" only
        assertThat(cues.mayMatch(fold("johnson"))).isFalse();
        assertThat(Cues.literal("İx").mayMatch(fold("IX"))).isTrue();
    }

    /**
     * The property the annotators rely on: wherever the pattern finds a match, the cues pass. Random
     * strings over a small alphabet that includes the case-folding oddities.
     */
    @Test
    void neverRejectsASentenceThePatternMatches() {
        List<String> entries = List.of("stop", "cut back on", "therap*", "side-effect free", "don't", "k9", "is");
        Pattern pattern = Negation.phrasePattern(entries);
        Cues cues = Cues.lexicon(entries);
        String[] parts = {"stop", "STOP", "cut", "back", "on", "therapy", "Therap", "side", "effect", "free", "don", "'", "\u2019",
            "t", "k9", "K9", "\u212A9", "is", "IS", "\u0130S", "\u0131s", "\u017Ftop", "x", "1", " ", " ", "-", ".", "é"};
        Random r = new Random(42);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            if (pattern.matcher(s).find()) {
                matched++;
                assertThat(cues.mayMatch(fold(s))).as(s).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }

    /** mayMatchEach is mayMatch of each cue, bit by bit, only in one pass. */
    @Test
    void mayMatchEachAgreesWithMayMatch() {
        Cues[] cues = {Cues.lexicon(List.of("stop", "cut back on", "therap*")), Cues.suffixes(List.of("mab", "tinib")),
            Cues.anyOf("not", "don"), Cues.literal("St. John's wort"), Cues.none(), Cues.lexicon(List.of("%"))};
        String[] parts = {"stop", "cut", "back", "on", "therapy", "atezolizumab", "tinib", "not", "don", "st.", "john", "'s",
            "wort", "x", " ", "-", "\u0131", "\u017F", "1", "%"};
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) sb.append(parts[r.nextInt(parts.length)]);
            String f = fold(sb.toString());
            long each = Cues.mayMatchEach(f, cues);
            for (int c = 0; c < cues.length; c++) {
                assertThat((each & (1L << c)) != 0).as(c + ": " + f).isEqualTo(cues[c].mayMatch(f));
            }
        }
    }
}
