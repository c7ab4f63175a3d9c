package dev.medlint.nlp.prohibited;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.CureClaim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CureClaimAnnotatorTest {
    private final CureClaimAnnotator annotator = new CureClaimAnnotator(Fixture.PACK, Fixture.NEGATION);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Atezolizumab cures stage IV cancer.                               | cures
            It is guaranteed to shrink tumors.                                | guaranteed
            The treatment is 100% effective.                                  | 100% effective
            It eliminates the disease.                                        | eliminates the disease
            It leads to permanent remission for everyone.                     | permanent remission
            It has been shown to cure advanced melanoma.                      | shown to cure
            Atezolizumab is a cure for lung cancer.                           | is a cure
            This therapy will cure your cancer.                               | will cure
            Thousands of patients have been cured.                            | cured
            It works for everyone with the disease.                           | works for everyone
            Atezolizumab eradicates tumours.                                  | eradicates tumours
            Once treated, the cancer never comes back.                        | never comes back
            The compound reverses stage IV cancer.                            | reverses stage IV cancer
            - Atezolizumab cures stage IV cancer in all patients.             | cures
            Every patient responds to atezolizumab.                           | Every patient responds
            Atezolizumab works every time.                                    | works every time
            Atezolizumab kills cancer for good.                               | kills cancer for good
            With atezolizumab, remission is guaranteed.                       | guaranteed
            This therapy offers a permanent cure.                             | offers a permanent cure
            It is proven to work in all patients.                             | work in all patients
            """)
    void fires(String line, String phrase) {
        List<CureClaim> facts = Fixture.run(annotator, line, CureClaim.class);
        assertThat(facts).as(line).hasSize(1);
        assertThat(facts.get(0).text()).isEqualTo(phrase);
        assertThat(facts.get(0).span()).isEqualTo(Fixture.spanOf(line, phrase));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "No treatment has been shown to cure stage IV cancer.",
        "Atezolizumab is not a cure.",
        "It is not a cure for stage IV cancer.",
        "Atezolizumab may help some patients live longer.",
        "Researchers hope it could one day cure stage IV cancer.",
        "It might eliminate the disease in some patients.",
        "Curative-intent surgery is possible for early-stage disease.",
        "Surgery with curative intent was not possible.",
        "There is no guarantee that it will work.",
        "Results are not guaranteed.",
        "Nothing can guarantee a response.",
        "Is atezolizumab a cure?",
        "Can atezolizumab cure stage IV cancer?",
        "Some websites claim that it cures cancer.",
        "Claims that it cures cancer are unproven.",
        "Five-year cure rates remain low.",
        "T cells eliminate cancer cells when PD-L1 is blocked.",
        "Early-stage disease can often be cured with surgery.",
        "Whether it cures anyone is being studied.",
        "It does not eliminate the disease.",
        "There is no cure for stage IV cancer.",
        "The goal is to control the disease, not to cure it.",
        "Atezolizumab does not cure stage IV cancer, but it can extend survival for some patients.",
        "There is currently no cure for most stage IV cancers.",
        "Immunotherapy is not a miracle cure, and it does not work for everyone.",
        "Nothing about this treatment is guaranteed.",
        "Some patients experience long-lasting responses, but most do not.",
        "The treatment eliminated tumors in 5% of patients.",
        "Long-term survivors may be functionally cured.",
        "Some experts believe a cure may be possible.",
        "Atezolizumab offers new hope, not a guaranteed cure.",
        "Unfortunately, a cure is not yet possible.",
    })
    void quiet(String line) {
        assertThat(Fixture.run(annotator, line, CureClaim.class)).as(line).isEmpty();
    }
}
