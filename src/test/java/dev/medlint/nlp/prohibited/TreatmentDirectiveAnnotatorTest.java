package dev.medlint.nlp.prohibited;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.TreatmentDirective;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TreatmentDirectiveAnnotatorTest {
    private final TreatmentDirectiveAnnotator annotator = new TreatmentDirectiveAnnotator(Fixture.PACK, Fixture.NEGATION);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            You should stop chemotherapy and take atezolizumab instead.        | stop chemotherapy                  | stop
            Stop taking your statin.                                           | Stop taking your statin            | stop
            Switch to atezolizumab.                                            | Switch to atezolizumab             | switch
            Avoid chemotherapy.                                                | Avoid chemotherapy                 | avoid
            Avoid chemotherapy if you are older than 70.                       | Avoid chemotherapy                 | avoid
            Patients with autoimmune disease should avoid atezolizumab.        | avoid atezolizumab                 | avoid
            Do not take atezolizumab.                                          | Do not take atezolizumab           | avoid
            Don't use chemo while on this drug.                                | Don't use chemo                    | avoid
            We recommend stopping chemotherapy before starting atezolizumab.   | stopping chemotherapy              | stop
            It is best to avoid radiation during treatment.                    | avoid radiation                    | avoid
            Consider switching to a PD-1 inhibitor.                            | switching to a PD-1 inhibitor      | switch
            If side effects appear, stop the medication.                       | stop the medication                | stop
            Increase your dose if the tumour grows.                            | Increase your dose                 | increase
            Reduce your dose of prednisone.                                    | Reduce your dose                   | decrease
            You must start immunotherapy right away.                           | start immunotherapy                | start
            Stop your chemo and ask your oncologist to prescribe atezolizumab. | Stop your chemo                    | stop
            Patients should discontinue pembrolizumab and switch.              | discontinue pembrolizumab          | stop
            Ditch chemo and try atezolizumab instead.                          | Ditch chemo                        | stop
            Stop taking your blood pressure medication.                        | Stop taking your blood pressure medication | stop
            Switch from chemotherapy to atezolizumab.                          | Switch from chemotherapy           | switch
            Double your dose if you miss one.                                  | Double your dose                   | increase
            Start treatment as early as possible.                              | Start treatment                    | start
            """)
    void fires(String line, String phrase, String verb) {
        List<TreatmentDirective> facts = Fixture.run(annotator, line, TreatmentDirective.class);
        assertThat(facts).as(line).hasSize(1);
        assertThat(facts.get(0).text()).isEqualTo(phrase);
        assertThat(facts.get(0).verb()).isEqualTo(verb);
        assertThat(facts.get(0).span()).isEqualTo(Fixture.spanOf(line, phrase));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Never start, stop, or change any treatment based on information found online, including on this page.",
        "Published research on Atezolizumab should not be interpreted as a recommendation to use, discontinue, or modify any treatment.",
        "Discuss potential interactions with your current treatment regimen.",
        "Do not stop any medicine without talking to your doctor.",
        "Talk to your doctor before stopping any medication.",
        "Talk to your doctor before stopping your statin.",
        "Ask your doctor whether to switch to atezolizumab.",
        "Patients should ask their doctor to switch them to atezolizumab.",
        "Should I stop chemotherapy?",
        "Can I switch to atezolizumab?",
        "Ask about access programs, compassionate use pathways, or clinical trial enrollment if the compound is not yet approved.",
        "Inquire about any ongoing clinical trials that may be relevant to your situation.",
        "Use of atezolizumab is approved in several cancers.",
        "Lower doses were used in the phase I trial.",
        "Patients in the trial stopped treatment because of side effects.",
        "Participants were allowed to stop treatment or switch to chemotherapy.",
        "Some patients may need to stop treatment if side effects are severe.",
        "Stopping treatment early is associated with worse outcomes.",
        "Start a conversation with your oncologist.",
        "Take time to write down your questions.",
        "Lower your stress by planning visits ahead.",
        "Do not change your treatment unless your doctor advises it.",
        "Never start any treatment based on this page.",
        "Never stop treatment without consulting your oncologist.",
        "Your doctor may recommend switching to atezolizumab.",
        "Atezolizumab should be avoided in pregnancy according to the label.",
        "Clinicians switched some patients to docetaxel.",
        "Stop smoking to improve treatment outcomes.",
        "Avoid treatment delays by planning ahead.",
        "Avoid drug interactions by keeping a list of your medicines.",
        "Take 2 capsules by mouth every morning.",
        "Keep taking your other medications unless your doctor tells you otherwise.",
        "Switching to atezolizumab may be an option to discuss with your doctor.",
    })
    void quiet(String line) {
        assertThat(Fixture.run(annotator, line, TreatmentDirective.class)).as(line).isEmpty();
    }
}
