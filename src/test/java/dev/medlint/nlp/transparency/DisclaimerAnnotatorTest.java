package dev.medlint.nlp.transparency;

import static dev.medlint.nlp.transparency.Support.PACK;
import static dev.medlint.nlp.transparency.Support.facts;
import static dev.medlint.nlp.transparency.Support.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.DisclaimerFact;
import dev.medlint.page.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisclaimerAnnotatorTest {
    private final DisclaimerAnnotator annotator = new DisclaimerAnnotator(PACK);

    private DisclaimerFact only(String... lines) {
        List<DisclaimerFact> f = facts(annotator, page(lines), DisclaimerFact.class);
        assertThat(f).hasSize(1);
        return f.get(0);
    }

    private DisclaimerFact disclaimer(String text) {
        return only("Mechanism of Action", "Metformin lowers glucose.", "Medical Disclaimer: " + text, "Get a report at example.ai.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "This page summarizes published research and is not medical advice.",
            "The content here does not constitute medical advice.",
            "This summary is not a substitute for professional medical advice, diagnosis or treatment.",
            "This information is provided for informational purposes only.",
            "Nothing on this page should be considered personalized medical advice.",
            "This overview does not replace a consultation with a doctor.",
            "It isn't medical advice.",
            "This page is not intended as a replacement for a visit to your clinic.",
            "This material is for educational purposes only.",
            "It is no substitute for professional medical advice.",
            "This summary cannot replace a visit to your doctor."})
    void notMedicalAdvice(String text) {
        assertThat(disclaimer(text).notMedicalAdvice()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Never disregard professional medical advice because of something you read here.",
            "Do not delay seeking medical advice.",
            "This page summarizes published research.",
            "Medical advice should come from someone who knows your history."})
    void notMedicalAdviceTraps(String text) {
        assertThat(disclaimer(text).notMedicalAdvice()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Discuss it with qualified healthcare professionals.",
            "Talk to your physician.",
            "Ask a doctor.",
            "Your oncologist can explain the options.",
            "Speak with a licensed clinician.",
            "Contact your healthcare provider.",
            "Your care team knows your history.",
            "Talk to your provider."})
    void refersToProfessional(String text) {
        assertThat(disclaimer(text).refersToProfessional()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "This page is not professional medical advice.",
            "Seek professional guidance.",
            "Read widely."})
    void refersToProfessionalTraps(String text) {
        assertThat(disclaimer(text).refersToProfessional()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Never start, stop, or change any treatment based on information found online, including on this page.",
            "Do not change your treatment based on this page.",
            "This page should not be used to make treatment decisions.",
            "Do not stop or start any medication without talking to your doctor.",
            "Always consult your physician before starting, stopping or changing any treatment.",
            "Treatment should only be changed by your doctor.",
            "Don't alter your therapy because of what you read here.",
            "It should not be interpreted as a recommendation to use, discontinue, or modify any treatment.",
            "Do not use this information to start, stop or change any treatment.",
            "Decisions about starting, stopping or changing treatment should be made with your doctor.",
            "Any change to your treatment should be discussed with your doctor first."})
    void noTreatmentChange(String text) {
        assertThat(disclaimer(text).noTreatmentChange()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Discuss your treatment options with your doctor.",
            "Never disregard professional medical advice.",
            "Treatment decisions are complex.",
            "Consult your physician before making any decisions.",
            "This page is not medical advice."})
    void noTreatmentChangeTraps(String text) {
        assertThat(disclaimer(text).noTreatmentChange()).isFalse();
    }

    @Test
    void labelledParagraphPointsAtItsLine() {
        DisclaimerFact f = only("Mechanism of Action", "Metformin lowers glucose.",
                "Medical Disclaimer: This page is not medical advice. Ask your doctor. Never start, stop, or change any treatment based on this page.",
                "Visit example.ai.");
        assertThat(f.complete()).isTrue();
        assertThat(f.span().startLine()).isEqualTo(4);
        assertThat(f.span().startColumn()).isEqualTo(1);
    }

    @Test
    void headingDisclaimerLooksOnlyInsideItsBlocks() {
        DisclaimerFact f = only("Mechanism of Action", "It is not medical advice; ask your doctor.",
                "## Medical Disclaimer", "Never change any treatment based on this page.", "Our reports do not replace physician judgment.");
        assertThat(f.span()).isEqualTo(new Span(4, 1, 4, 22));
        assertThat(f.noTreatmentChange()).isTrue();
        // (a) and (b) appear in the body and in the promotional footer, not in the disclaimer
        assertThat(f.notMedicalAdvice()).isFalse();
        assertThat(f.refersToProfessional()).isFalse();
    }

    @Test
    void emptyDisclaimerHeadingStillIsADisclaimer() {
        DisclaimerFact f = only("Mechanism of Action", "Metformin lowers glucose.", "Disclaimer");
        assertThat(f.notMedicalAdvice() || f.refersToProfessional() || f.noTreatmentChange()).isFalse();
    }

    @Test
    void noDisclaimerNoFact() {
        assertThat(facts(annotator, page("Mechanism of Action", "It is not medical advice. Ask your doctor."))).isEmpty();
    }
}
