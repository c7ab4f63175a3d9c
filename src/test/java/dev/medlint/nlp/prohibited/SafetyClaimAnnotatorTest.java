package dev.medlint.nlp.prohibited;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.SafetyClaim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyClaimAnnotatorTest {
    private final SafetyClaimAnnotator annotator = new SafetyClaimAnnotator(Fixture.PACK, Fixture.NEGATION);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Atezolizumab is completely safe.                               | completely safe
            The compound is 100% safe.                                     | 100% safe
            It has no side effects.                                        | has no side effects
            The treatment is risk-free.                                    | risk-free
            The supplement is harmless.                                    | harmless
            It is natural, so it is safe.                                  | natural, so it is safe
            It is safe because it is natural.                              | safe because it is natural
            This medicine cannot harm you.                                 | cannot harm you
            It does not have any side effects.                             | does not have any side effects
            Patients can take it without side effects.                     | without side effects
            The treatment is risk free for older adults.                   | risk free
            Side effects are virtually nonexistent.                        | Side effects are virtually nonexistent
            Atezolizumab has no serious side effects.                      | no serious side effects
            Since it is a natural product, it is safe to use.              | Since it is a natural product, it is safe
            This herbal remedy is all-natural and therefore safe.          | natural and therefore safe
            It is 100 percent safe for all patients.                       | 100 percent safe
            """)
    void fires(String line, String phrase) {
        List<SafetyClaim> facts = Fixture.run(annotator, line, SafetyClaim.class);
        assertThat(facts).as(line).hasSize(1);
        assertThat(facts.get(0).text()).isEqualTo(phrase);
        assertThat(facts.get(0).span()).isEqualTo(Fixture.spanOf(line, phrase));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Approved compounds may still carry significant risks and require physician oversight.",
        "No new safety signals were observed.",
        "Atezolizumab is not completely safe.",
        "No treatment is risk-free.",
        "Atezolizumab is not risk-free.",
        "No drug is 100% safe.",
        "Nothing is completely safe.",
        "Being natural does not mean it is safe.",
        "Natural does not mean safe.",
        "No side effects were reported in the small phase I study.",
        "Many patients have no side effects at all.",
        "Patients with no risk factors were excluded.",
        "Is it completely safe?",
        "It may be harmless for most adults, but data are limited.",
        "It is never completely safe to combine treatments.",
        "It is safe to say that more research is needed.",
        "Most side effects are mild, but some can be serious.",
        "No serious side effects were observed in the first 20 patients.",
    })
    void quiet(String line) {
        assertThat(Fixture.run(annotator, line, SafetyClaim.class)).as(line).isEmpty();
    }
}
