package dev.medlint.nlp.transparency;

import dev.medlint.nlp.Annotator;
import dev.medlint.pack.Pack;
import java.util.List;

/**
 * The annotators for the disclaimer's required elements, transparency and sourcing, and
 * readability: {@link DisclaimerAnnotator}, {@link SourcingAnnotator} (research appeals and
 * citations), {@link ReviewDateAnnotator}, {@link AiDisclosureAnnotator}, {@link AcronymAnnotator}
 * and {@link ReadabilityAnnotator}. Built once per process; each is thread-safe.
 */
public final class TransparencyAnnotators {
    private TransparencyAnnotators() {
    }

    /**
     * Builds the annotators from the pack's lexicons.
     *
     * @throws IllegalArgumentException when a lexicon they need is missing, empty or holds an
     *                                  invalid pattern; the message names the file
     */
    public static List<Annotator> create(Pack pack) {
        return List.of(
                new DisclaimerAnnotator(pack),
                new SourcingAnnotator(pack),
                new ReviewDateAnnotator(pack),
                new AiDisclosureAnnotator(pack),
                new AcronymAnnotator(pack),
                new ReadabilityAnnotator());
    }
}
