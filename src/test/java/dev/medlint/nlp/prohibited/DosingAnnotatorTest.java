package dev.medlint.nlp.prohibited;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.DosingMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DosingAnnotatorTest {
    private final DosingAnnotator annotator = new DosingAnnotator(Fixture.PACK, Fixture.NEGATION);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Atezolizumab is given at 1200 mg by intravenous infusion.               | 1200 mg          | amount
            The usual dose is 15 mg/kg.                                             | 15 mg/kg         | amount
            Children receive 2.5 mL of the syrup.                                   | 2.5 mL           | amount
            Doses of 1,200 mg were used.                                            | 1,200 mg         | amount
            It is dosed at 840 mg/m2 in some regimens.                              | 840 mg/m2        | amount
            It is dosed at 840 mg/m² in some regimens.                              | 840 mg/m²        | amount
            A 500-mcg injection is used.                                            | 500-mcg          | amount
            Vitamin D at 4000 IU is common.                                         | 4000 IU          | amount
            Patients injected 10 units before meals.                                | 10 units         | amount
            Each vial holds 60 µg of the antibody.                                  | 60 µg            | amount
            The starting dose was 10 to 20 mg.                                      | 10 to 20 mg      | amount
            Patients took 2 g of the supplement.                                    | 2 g              | amount
            The dose was 5 mg/kg/day.                                               | 5 mg/kg/day      | amount
            Do not take more than 400 mg.                                           | 400 mg           | amount
            Patients received two milligrams of the drug.                           | two milligrams   | amount
            Patients received atezolizumab every 3 weeks until progression.         | every 3 weeks    | schedule
            The drug is usually given every three weeks.                            | every three weeks | schedule
            It is taken twice daily with water.                                     | twice daily      | schedule
            Patients take it once a day.                                            | once a day       | schedule
            The regimen is atezolizumab q3w.                                        | q3w              | schedule
            It is given BID in the trial protocol.                                  | BID              | schedule
            Infusions are administered three times a week.                          | three times a week | schedule
            Every 3 weeks, patients received atezolizumab in the clinic.            | Every 3 weeks    | schedule
            Atezolizumab was given intravenously and repeated every 3 weeks.        | every 3 weeks    | schedule
            The daily dose was split in two.                                        | daily            | schedule
            Chemotherapy was repeated every 21 days for four cycles.                | every 21 days    | schedule
            Take two tablets with breakfast.                                        | Take two tablets | instruction
            Inject 1 vial under the skin.                                           | Inject 1 vial    | instruction
            Apply twice to the affected area.                                       | Apply twice      | instruction
            You should take one capsule before bed.                                 | take one capsule | instruction
            Take it with food.                                                      | Take it with food | instruction
            Tecentriq is given as an infusion into a vein every 2, 3, or 4 weeks.    | every 2, 3, or 4 weeks | schedule
            Atezolizumab is given on day 1 of each 21-day cycle.                    | on day 1 of each 21-day cycle | schedule
            Carboplatin was given in 21-day cycles.                                 | 21-day cycles    | schedule
            Dosage: 1200 mg IV q3w.                                                 | q3w              | schedule
            Atezolizumab is administered as a 1,200 mg intravenous infusion over 60 minutes every 3 weeks. | every 3 weeks | schedule
            The recommended dose is 840 mg every 2 weeks or 1680 mg every 4 weeks.  | 1680 mg          | amount
            Atezolizumab 1200 mg was compared with docetaxel 75 mg/m2.              | 75 mg/m2         | amount
            Take 2 capsules by mouth every morning.                                 | Take 2 capsules  | instruction
            The standard regimen is cisplatin every 21 days.                        | every 21 days    | schedule
            The drug was infused weekly.                                            | weekly           | schedule
            Treatment is given once every three weeks.                              | every three weeks | schedule
            """)
    void fires(String line, String phrase, String kind) {
        List<DosingMention> facts = Fixture.run(annotator, line, DosingMention.class);
        assertThat(facts).as(line).isNotEmpty();
        DosingMention first = facts.stream().filter(f -> f.text().equals(phrase)).findFirst().orElseThrow(
                () -> new AssertionError("no fact '" + phrase + "' in " + facts));
        assertThat(first.kind()).isEqualTo(kind);
        assertThat(first.span()).isEqualTo(Fixture.spanOf(line, phrase));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "This page does not provide dosing information.",
        "Dosing is determined by prescribing physicians based on individual clinical context.",
        "Patients with LDL above 190 mg/dL were included.",
        "LDL cholesterol above 190 mg was an entry criterion.",
        "Hemoglobin below 8 g/dL was exclusion criterion.",
        "Kidney function was at least 60 mL/min.",
        "Patients had eGFR of 45 mL/min/1.73 m2 or more.",
        "Participants had a BMI over 30 kg/m2.",
        "PSA above 4 ng/mL prompted a biopsy.",
        "Glucose of 7 mmol/L was the threshold.",
        "Serum levels reached 20 mg/L in most patients.",
        "The trial enrolled 1,200 patients.",
        "IMpower150 and KEYNOTE-189 were randomized trials.",
        "CheckMate 067 followed patients for 6.5 years.",
        "IMpower130 enrolled 724 patients with 5 years of follow-up.",
        "Results from the 52-week trial were positive.",
        "Tumours shrank over 12 months.",
        "A single dose was studied in the phase I trial.",
        "Atezolizumab is given intravenously.",
        "About 20% of patients responded, p < 0.001.",
        "It was approved in 2016 and again in 2020.",
        "Patients were scanned every 3 weeks.",
        "In the trial, tumour assessments occurred every 6 weeks.",
        "Atezolizumab-treated patients had CT scans every 9 weeks.",
        "Survival was evaluated every 3 months after treatment ended.",
        "Follow-up visits took place every 6 months.",
        "Patients received atezolizumab and were scanned every 9 weeks.",
        "Blood pressure was measured twice daily.",
        "Patients exercised three times a week.",
        "Daily life can be hard for caregivers.",
        "Take time every day to rest.",
        "Take notes before your appointment.",
        "Use a notebook to track questions.",
        "Patients kept a daily diary of symptoms.",
        "Researchers published weekly updates.",
        "A 5 cm tumour was removed.",
        "Grade 3 adverse events occurred in 12% of patients.",
        "The hazard ratio was 0.78 (95% CI 0.64-0.96).",
        "Treatment continued until disease progression or unacceptable toxicity.",
        "Patients were followed for a median of 20 months.",
        "Response was assessed every 6 weeks for the first year.",
        "Tumor responses were assessed every 6 weeks during treatment with atezolizumab.",
        "Patients should not change their dose without consulting their oncologist.",
        "Your oncologist will determine the right dose and schedule for you.",
        "Dosing schedules vary and are set by the treating physician.",
        "Median overall survival was 19.2 months versus 14.7 months.",
        "Approximately 1 in 5 patients experienced grade 3 or 4 events.",
        "Blood counts were checked every week during treatment.",
        "The infusion takes 60 minutes.",
    })
    void quiet(String line) {
        assertThat(Fixture.run(annotator, line, DosingMention.class)).as(line).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void referencesDisclaimerAndHeadingsAreNotScanned() {
        String text = Fixture.TITLE + " 1200 mg\n"
                + "Mechanism of Action\n"
                + "It blocks PD-L1.\n"
                + "References\n"
                + "- Smith J. Atezolizumab 1200 mg every 3 weeks in NSCLC. N Engl J Med. 2018.\n"
                + "Medical Disclaimer: Do not take 400 mg of anything based on this page.\n"
                + "Footer: take two tablets of our newsletter.";
        assertThat(Fixture.run(annotator, dev.medlint.testing.SimplePages.page(text))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void listItemSpanPointsIntoTheLine() {
        String line = "- Atezolizumab 1200 mg every 3 weeks.";
        List<DosingMention> facts = Fixture.run(annotator, line, DosingMention.class);
        assertThat(facts).extracting(DosingMention::text).containsExactly("1200 mg", "every 3 weeks");
        assertThat(facts.get(0).span()).isEqualTo(Fixture.spanOf(line, "1200 mg"));
        assertThat(facts.get(1).span()).isEqualTo(Fixture.spanOf(line, "every 3 weeks"));
        assertThat(facts).extracting(DosingMention::kind).containsExactly("amount", "schedule");
    }
}
