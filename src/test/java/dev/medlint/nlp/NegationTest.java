package dev.medlint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.medlint.pack.Pack;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationTest {
    private static Negation negation;

    @BeforeAll
    static void load() throws Exception {
        negation = new Negation(Pack.load(Path.of("rules/medical-summary"), "rules/medical-summary"));
    }

    /** Range of the first occurrence of {@code term} in {@code sentence}. */
    private static int[] range(String sentence, String term) {
        int i = sentence.indexOf(term);
        assertThat(i).as("'%s' in '%s'", term, sentence).isGreaterThanOrEqualTo(0);
        return new int[] {i, i + term.length()};
    }

    @ParameterizedTest(name = "[{index}] {1} in \"{0}\" negated={2}")
    @CsvSource(delimiter = '|', textBlock = """
            No treatment has been shown to cure stage IV cancer.                          | cure                 | true
            It is not a cure.                                                             | cure                 | true
            Atezolizumab cures stage IV cancer.                                           | cures                | false
            This page does not provide dosing information.                                | dosing information   | true
            Never start, stop, or change any treatment based on information found online. | start                | true
            Never start, stop, or change any treatment based on information found online. | stop                 | true
            Never start, stop, or change any treatment based on information found online. | change               | true
            Published research should not be interpreted as a recommendation to use, discontinue, or modify any treatment. | discontinue | true
            Do not stop any medicine without talking to your doctor.                      | stop                 | true
            It is not completely safe.                                                    | completely safe      | true
            No treatment is risk-free.                                                    | risk-free            | true
            Atezolizumab is not risk-free.                                                | risk-free            | true
            Atezolizumab is risk-free.                                                    | risk-free            | false
            There are no side effects.                                                    | side effects         | true
            It is completely safe.                                                        | completely safe      | false
            Claims that it cures cancer are unproven.                                     | cures                | true
            That it cures cancer has not been shown in any trial.                         | cures                | true
            It is not only effective but also cures the disease.                          | cures                | false
            It is not only safe, it is completely safe.                                   | completely safe      | false
            There is no doubt that it cures cancer.                                       | cures                | false
            It is not approved; it cures cancer.                                          | cures                | false
            It is not approved: it cures cancer.                                          | cures                | false
            It is not approved, but it cures cancer.                                      | cures                | false
            It is not approved, however it cures cancer.                                  | cures                | false
            Although not approved, it cures cancer.                                       | cures                | false
            It has not yet been shown to cure cancer.                                     | cure                 | true
            There is no drug which cures cancer.                                          | cures                | true
            No large-scale randomized controlled trials have confirmed efficacy.           | confirmed            | true
            Atezolizumab is no longer considered completely safe.                         | completely safe      | true
            Neither chemotherapy nor atezolizumab cures stage IV cancer.                  | cures                | true
            No one knows, and in a large study of many hundreds of patients in several countries it cures cancer. | cures | false
            It doesn’t cure cancer.                                                       | cure                 | true
            It can't cure cancer.                                                         | cure                 | true
            Patients with heart failure should avoid it.                                  | avoid                | false
            """)
    void negation(String sentence, String term, boolean expected) {
        int[] r = range(sentence, term);
        assertThat(negation.isNegated(sentence, r[0], r[1])).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {1} in \"{0}\" hedged={2}")
    @CsvSource(delimiter = '|', textBlock = """
            Researchers hope it could one day cure stage IV cancer.                   | cure             | true
            It may help some patients.                                                | help             | true
            It might cure cancer.                                                     | cure             | true
            Whether it cures cancer is being studied.                                 | cures            | true
            Its ability to cure cancer is being studied.                              | cure             | true
            It has not been shown to cure cancer.                                     | cure             | true
            It is not necessarily completely safe.                                    | completely safe  | true
            Some websites claim that it cures cancer.                                 | cures            | true
            Atezolizumab cures stage IV cancer.                                       | cures            | false
            It is completely safe.                                                    | completely safe  | false
            It may cause fatigue, but it cures cancer.                                | cures            | false
            It cures cancer and may cause fatigue.                                    | cures            | false
            """)
    void hedging(String sentence, String term, boolean expected) {
        int[] r = range(sentence, term);
        assertThat(negation.isHedged(sentence, r[0], r[1])).isEqualTo(expected);
    }

    @Test
    void pseudoTriggersDoNotNegateButNotNecessarilyHedges() {
        String s = "It is not necessarily completely safe.";
        int[] r = range(s, "completely safe");
        assertThat(negation.isNegated(s, r[0], r[1])).isFalse();
        assertThat(negation.isHedged(s, r[0], r[1])).isTrue();
        assertThat(negation.isNegatedOrHedged(s, r[0], r[1])).isTrue();
    }

    @Test
    void scopeEndsAtTheTokenWindow() {
        Negation narrow = new Negation(List.of("no"), List.of(), List.of(), List.of(";"), List.of(), List.of(), 3);
        String s = "No evidence shows that it cures cancer.";
        assertThat(narrow.isNegated(s, s.indexOf("shows"), s.indexOf("shows") + 5)).isTrue(); // 1 token between
        assertThat(narrow.isNegated(s, s.indexOf("cures"), s.indexOf("cures") + 5)).isFalse(); // 4 tokens between
        assertThat(negation.isNegated(s, s.indexOf("cures"), s.indexOf("cures") + 5)).isTrue(); // default window 8
    }

    @Test
    void clauseBoundaries() {
        String s = "It is not approved; it cures cancer.";
        assertThat(s.substring(negation.clauseStart(s, s.indexOf("cures"))).strip()).startsWith("it cures");
        assertThat(negation.clauseEnd(s, 0)).isEqualTo(s.indexOf(";"));
    }

    @Test
    void listsComeFromThePack() throws Exception {
        Pack pack = Pack.load(Path.of("rules/medical-summary"), "rules/medical-summary");
        assertThat(pack.lexicon("negation-triggers")).contains("no", "not", "never", "without", "cannot");
        assertThat(pack.lexicon("negation-pseudo")).contains("not only", "no doubt");
        assertThat(pack.lexicon("negation-terminators")).contains(";", "but", "however");
        assertThat(pack.lexicon("negation-hedges")).contains("may", "might", "could");
    }

    @Test
    void phrasePatternConventions() {
        Pattern p = Negation.phrasePattern(List.of("risk-free", "hope*", "can't", ", which"));
        assertThat(find(p, "It is risk free.")).isEqualTo("risk free");
        assertThat(find(p, "It is risk-free.")).isEqualTo("risk-free");
        assertThat(find(p, "Researchers hoped so.")).isEqualTo("hoped");
        assertThat(find(p, "It can’t.")).isEqualTo("can’t");
        assertThat(find(p, "A drug, which works.")).isEqualTo(", which");
        assertThat(find(p, "Riskfree hopeless")).isEqualTo("hopeless");
        assertThat(find(Negation.phrasePattern(List.of("no")), "Notably, nothing.")).isNull();
        assertThat(find(Negation.phrasePattern(List.of()), "anything")).isNull();
    }

    @Test
    void rejectsBadRanges() {
        assertThatThrownBy(() -> negation.isNegated("short", 3, 10)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new Negation(List.of("no"), List.of(), List.of(), List.of(), List.of(), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : null;
    }
}
