package dev.medlint.nlp.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.NoRctClaim;
import dev.medlint.facts.TrialMention;
import dev.medlint.page.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoRctAndTrialTest {
    private final NoRctAnnotator noRct = new NoRctAnnotator(Fixtures.PACK);
    private final TrialMentionAnnotator trials = new TrialMentionAnnotator(Fixtures.PACK);

    @ParameterizedTest
    @ValueSource(strings = {
        "No large-scale randomized controlled trials have confirmed efficacy for this specific application.",
        "No RCT has confirmed a survival benefit.",
        "Metformin has not been tested in randomized trials for prostate cancer.",
        "There are no randomized controlled trials in this population.",
        "Efficacy has not been confirmed in a randomized trial.",
        "Randomized controlled trials have not yet confirmed efficacy.",
        "No phase III trial has been conducted.",
        "Large randomized trials are lacking.",
        "To date, no randomised controlled trial has evaluated metformin in prostate cancer.",
        "There is no evidence from randomized controlled trials.",
        "No large, randomized trials have demonstrated benefit in this setting.",
        "However, RCTs have yet to establish efficacy.",
        "Randomized controlled trials in cancer patients are lacking.",
        "Randomized trials in prostate cancer have not confirmed a benefit.",
        "Efficacy has yet to be confirmed in randomized controlled trials.",
        "The lack of randomized controlled trials limits conclusions.",
        "There is currently no high-quality evidence from large randomized trials.",
        "Randomized evidence is lacking.",
    })
    void noRctStatements(String sentence) {
        List<NoRctClaim> c = Fixtures.facts(noRct, Fixtures.evidence(sentence), NoRctClaim.class);
        assertThat(c).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo(sentence);
            assertThat(n.sectionKey()).isEqualTo("evidence");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Larger randomized trials are needed to confirm these findings.",
        "Unlike earlier trials, this RCT confirmed the benefit.",
        "No randomized trial has shown harm.",
        "Have randomized trials confirmed efficacy?",
        "The phase III trial did not meet its primary endpoint.",
        "No new safety signals were observed in randomized trials.",
        "Randomized trials showed improved survival.",
        "No RCT has directly compared atezolizumab with pembrolizumab.",
        "Not all randomized trials confirmed a benefit.",
        "Preclinical studies did not confirm the effect.",
        "The available evidence is classified as: regulatory-approved with clinical trial data.",
        "Mechanistic plausibility does not by itself confirm clinical benefit.",
    })
    void notNoRctStatements(String sentence) {
        assertThat(Fixtures.facts(noRct, Fixtures.evidence(sentence), NoRctClaim.class)).isEmpty();
    }

    @Test
    void noRctInALimitationsBullet() {
        Page page = Fixtures.page("X", "Y", "Important Limitations",
                "- No large-scale randomized controlled trials have confirmed efficacy for this specific application.");
        assertThat(Fixtures.facts(noRct, page, NoRctClaim.class)).singleElement()
                .satisfies(n -> assertThat(n.sectionKey()).isEqualTo("limitations"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "IMpower150 showed improved survival.|named|IMpower150",
        "KEYNOTE-189 established pembrolizumab plus chemotherapy as a standard.|named|KEYNOTE-189",
        "In CheckMate 067, the combination improved survival.|named|CheckMate 067",
        "CheckMate-227 reported durable responses.|named|CheckMate-227",
        "A randomized phase 2 trial reported benefit.|randomized|randomized",
        "Phase III trials established benefit in melanoma.|phase-3|Phase III",
        "The SUSTAIN-6 trial reported fewer cardiovascular events.|named|SUSTAIN-6",
        "A randomised study showed lower HbA1c.|randomized|randomised",
        "The STEP 1 trial showed substantial weight loss.|named|STEP 1",
        "IMpower trials established atezolizumab in first-line NSCLC.|named|IMpower trials",
        "Data from a phase 3 study support its use.|phase-3|phase 3",
        "The pivotal IMbrave150 study led to approval.|named|IMbrave150",
        "Patients were randomly assigned to atezolizumab or sorafenib.|randomized|randomly assigned",
        "The DESTINY-Breast04 trial showed benefit.|named|DESTINY-Breast04",
    })
    void trialMentions(String sentence, String kind, String name) {
        List<TrialMention> m = Fixtures.facts(trials, Fixtures.evidence(sentence), TrialMention.class);
        assertThat(m).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(kind);
            assertThat(t.name()).isEqualTo(name);
            assertThat(t.sectionKey()).isEqualTo("evidence");
        });
    }

    @Test
    void oneSentenceCanNameSeveralKinds() {
        List<TrialMention> m = Fixtures.facts(trials, Fixtures.evidence("The randomized phase III IMpower150 trial improved survival."), TrialMention.class);
        assertThat(m).extracting(TrialMention::kind).containsExactly("randomized", "phase-3", "named");
        assertThat(m.get(2).span().startColumn()).isEqualTo("The randomized phase III ".length() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "No phase III trial has been conducted.",
        "No large-scale randomized controlled trials have confirmed efficacy for this specific application.",
        "A non-randomized, single-arm study suggested benefit.",
        "Is the data from Phase III efficacy trials?",
        "A phase III trial is ongoing.",
        "Randomized trials are needed.",
        "CTLA-4 blockade showed activity in early studies.",
        "COVID-19 vaccination was recommended before treatment.",
        "Phase I safety trials showed tolerability.",
        "Levels of PD-L1 and CD8 were measured in 2019.",
        "Results were summarised by McDonald 2019.",
        "Randomized trials have not evaluated this combination.",
    })
    void notTrialMentions(String sentence) {
        assertThat(Fixtures.facts(trials, Fixtures.evidence(sentence), TrialMention.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"What Patients and Caregivers Should Know", "Mechanism of Action", "Important Limitations"})
    void onlyOverviewEvidenceAndStatusSectionsCount(String heading) {
        Page page = Fixtures.page("X", "Y", heading, "- Ask about Phase III efficacy trials such as IMpower150, which were randomized.");
        assertThat(Fixtures.facts(trials, page, TrialMention.class)).isEmpty();
    }

    @Test
    void overviewAndStatusSectionsCount() {
        assertThat(Fixtures.facts(trials, Fixtures.page("X", "Y", "", "Phase III trials established benefit."), TrialMention.class))
                .extracting(TrialMention::sectionKey).containsExactly("overview");
        assertThat(Fixtures.facts(trials, Fixtures.page("X", "Y", "Clinical and Regulatory Status", "Approval followed the KEYNOTE-024 trial."),
                TrialMention.class)).extracting(TrialMention::sectionKey).containsExactly("status");
    }
}
