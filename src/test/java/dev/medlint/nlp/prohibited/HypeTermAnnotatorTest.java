package dev.medlint.nlp.prohibited;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.HypeTerm;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HypeTermAnnotatorTest {
    private final HypeTermAnnotator annotator = new HypeTermAnnotator(Fixture.PACK, Fixture.NEGATION);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Atezolizumab is a breakthrough for patients.                   | breakthrough
            This miracle drug changes everything.                          | miracle
            A revolutionary approach to cancer care.                       | revolutionary
            Experts call it a game-changer.                                | game-changer
            Experts call it a game changer.                                | game changer
            Some call it a wonder drug.                                    | wonder drug
            It is a cutting-edge cure for cancer.                          | cutting-edge cure
            Breakthrough results were reported in 2020.                    | Breakthrough
            The groundbreaking study changed practice.                     | groundbreaking
            It could be a breakthrough therapy for many.                   | breakthrough
            It is hailed as a panacea.                                     | panacea
            Checkpoint inhibitors were hailed as a breakthrough in cancer care. | breakthrough
            Immunotherapy has been called revolutionary by some experts.   | revolutionary
            """)
    void fires(String line, String phrase) {
        List<HypeTerm> facts = Fixture.run(annotator, line, HypeTerm.class);
        assertThat(facts).as(line).hasSize(1);
        assertThat(facts.get(0).term()).isEqualTo(phrase);
        assertThat(facts.get(0).span()).isEqualTo(Fixture.spanOf(line, phrase));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "The 'Breakthrough' study enrolled 400 patients.",
        "The \"Breakthrough\" study enrolled 400 patients.",
        "The “Miracle-1” trial is ongoing.",
        "The Miracle-1 trial is ongoing.",
        "The BREAKTHROUGH trial is ongoing.",
        "Results of the Breakthrough study are expected in 2027.",
        "Atezolizumab received Breakthrough Therapy designation from the FDA.",
        "It received breakthrough therapy designation in 2016.",
        "It was granted Breakthrough Therapy status.",
        "The FDA granted Breakthrough Therapy to the combination.",
        "Opioids are used for breakthrough pain.",
        "Breakthrough bleeding is a known side effect of hormone therapy.",
        "Breakthrough infections were rare.",
        "Atezolizumab is not a miracle cure.",
        "It is not a breakthrough.",
        "Patients asked whether it works.",
        "Atezolizumab received breakthrough-therapy designation in 2016.",
        "The drug earned FDA Breakthrough Therapy Designation for bladder cancer.",
        "Many called it a “breakthrough,” but the data were modest.",
        "This is not a game-changer for most patients.",
        "Patients experiencing breakthrough pain should tell their care team.",
    })
    void quiet(String line) {
        assertThat(Fixture.run(annotator, line, HypeTerm.class)).as(line).isEmpty();
    }
}
