package dev.medlint.nlp.transparency;

import static dev.medlint.nlp.transparency.Support.PACK;
import static dev.medlint.nlp.transparency.Support.facts;
import static dev.medlint.nlp.transparency.Support.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.UndefinedAcronym;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import dev.medlint.testing.SimplePages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcronymAnnotatorTest {
    private final AcronymAnnotator annotator = new AcronymAnnotator(PACK);

    private List<String> undefined(String... lines) {
        return undefined(page(lines));
    }

    private List<String> undefined(Page p) {
        return facts(annotator, p, UndefinedAcronym.class).stream().map(UndefinedAcronym::acronym).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NSCLC is the most common form.|NSCLC",
            "Approved for HCC.|HCC",
            "It is a PD-L1 inhibitor.|PD-L1",
            "Patients with EGFR-mutant tumours responded.|EGFR",
            "TKIs are often used.|TKI",
            "HCC (a type of liver cancer) is common.|HCC",
            "It helps in NSCLC (with chemotherapy).|NSCLC",
            "The anti-PD-1 antibody was tested.|PD-1",
            "Doctors measure PSA regularly.|PSA",
            "Levels of CTLA-4 rose.|CTLA-4",
            "Some take 5-FU.|5-FU",
            "NSCLC trials are ongoing.|NSCLC",
            "EGFR trials are ongoing.|EGFR"})
    void reportsUndefined(String sentence, String acronym) {
        assertThat(undefined("Mechanism of Action", sentence)).containsExactly(acronym);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Non-small cell lung cancer (NSCLC) is common, and NSCLC is treatable.",
            "NSCLC (non-small cell lung cancer) is common.",
            "Some tumours express human epidermal growth factor receptor 2 (HER2).",
            "It treats hepatocellular carcinoma (HCC); HCC is a liver cancer.",
            "It blocks programmed death-ligand 1 (PD-L1).",
            "It blocks cytotoxic T-lymphocyte-associated protein 4 (CTLA-4).",
            "It targets immune checkpoint inhibitors (ICIs) and overall survival (OS).",
            "Approved by the Food and Drug Administration (FDA).",
            "The FDA, EMA and the US, UK and EU regulators agree.",
            "COVID-19, DNA, RNA, HIV and BMI are familiar terms; AI is too.",
            "Phase III and phase II trials in stage IV disease, part II.",
            "The KEYNOTE-189 and CheckMate-067 trials, IMpower150 and IMpassion130.",
            "The PALOMA-3 study and the FLAURA trial.",
            "The STEP 1 trial, the SELECT study and SURMOUNT 1 agree.",
            "Registered as NCT01234567 (PMID 12345678).",
            "Vitamin D 1,000 IU daily.",
            "Do NOT stop your medicine.",
            "IMPORTANT: DO NOT CHANGE YOUR TREATMENT WITHOUT ADVICE.",
            "Tumours with the BRAF V600E mutation respond.",
            "T cells and B cells respond.",
            "It was tested as MK-3475 before approval.",
            "Brand names such as OPDIVO are used.",
            "It is a chimeric antigen receptor T-cell (CAR-T) therapy.",
            "Selective serotonin reuptake inhibitors (SSRIs) help; SSRIs are common.",
            "It is a glucagon-like peptide-1 (GLP-1) receptor agonist.",
            "This is URGENT and NOT optional."})
    void doesNotReport(String sentence) {
        List<String> u = undefined("Mechanism of Action", sentence);
        if (sentence.contains("BRAF")) {
            assertThat(u).containsExactly("BRAF"); // BRAF itself is an acronym, the mutation is not
        } else {
            assertThat(u).isEmpty();
        }
    }

    @Test
    void usedBeforeItsLaterExpansionIsReportedAtFirstUse() {
        Page p = page("Overview", "NSCLC is common.", "Mechanism of Action",
                "Non-small cell lung cancer (NSCLC) has subtypes. NSCLC again.");
        List<UndefinedAcronym> u = facts(annotator, p, UndefinedAcronym.class);
        assertThat(u).singleElement().satisfies(a -> {
            assertThat(a.acronym()).isEqualTo("NSCLC");
            assertThat(a.span()).isEqualTo(new Span(3, 1, 3, 6));
        });
    }

    @Test
    void reportedOnceAtFirstUse() {
        assertThat(undefined("Mechanism of Action", "SCLC is rare.", "SCLC grows fast. SCLC spreads.")).containsExactly("SCLC");
    }

    @Test
    void titleHeadingsDisclaimerAndFooterAreNotProse() {
        Page p = SimplePages.page("Overview: Pembrolizumab and NSCLC\nMechanism of Action\nIt blocks a receptor.\n"
                + "Medical Disclaimer: Ask your GP or MD; this is not advice for NSCLC.\nOur AI reads ASCO abstracts.");
        assertThat(undefined(p)).isEmpty();
    }

    @Test
    void expansionMustPlausiblySpellTheAcronym() {
        assertThat(undefined("Mechanism of Action", "It is used in lung cancer (NSCLC).")).containsExactly("NSCLC");
        assertThat(undefined("Mechanism of Action", "It is used in small cell lung cancer (SCLC).")).isEmpty();
        assertThat(undefined("Mechanism of Action", "It works via deoxyribonucleic acid (DNAX).")).containsExactly("DNAX");
    }

    @Test
    void expansionSpellsLettersAcrossWords() {
        assertThat(Expansion.matches("hcc", List.of("hepatocellular", "carcinoma"), true, java.util.Set.of())).isTrue();
        assertThat(Expansion.matches("nsclc", List.of("non", "small", "cell", "lung", "cancer"), true, java.util.Set.of())).isTrue();
        assertThat(Expansion.matches("nsclc", List.of("non", "small", "cell", "lung", "cancer", "patients", "treated", "today"), true, java.util.Set.of())).isFalse();
        assertThat(Expansion.matches("nsclc", List.of("non", "small", "cell", "lung", "cancer", "patients"), true, java.util.Set.of())).isTrue();
        assertThat(Expansion.matches("nsclc", List.of("non", "small", "cell", "lung", "cancer", "patients"), false, java.util.Set.of())).isTrue();
        assertThat(Expansion.matches("pfs", List.of("progression", "free", "survival"), true, java.util.Set.of())).isTrue();
        assertThat(Expansion.matches("pfs", List.of("overall", "survival"), true, java.util.Set.of())).isFalse();
    }
}
