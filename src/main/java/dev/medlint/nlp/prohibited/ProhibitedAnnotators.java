package dev.medlint.nlp.prohibited;

import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import java.util.List;

/**
 * The prohibited-content annotators ({@code dosing-information}, {@code treatment-directive},
 * {@code cure-claim}, {@code hype-language}, {@code unsupported-safety-claim}), built once from the
 * pack and sharing one {@link Negation}. All are immutable and safe to use from several threads.
 */
public final class ProhibitedAnnotators {
    private ProhibitedAnnotators() {
    }

    /**
     * @throws IllegalArgumentException when the pack lacks a lexicon they need (the message names the file)
     */
    public static List<Annotator> create(Pack pack) {
        Negation negation = new Negation(pack);
        return List.of(
                new DosingAnnotator(pack, negation),
                new TreatmentDirectiveAnnotator(pack, negation),
                new CureClaimAnnotator(pack, negation),
                new HypeTermAnnotator(pack, negation),
                new SafetyClaimAnnotator(pack, negation));
    }
}
