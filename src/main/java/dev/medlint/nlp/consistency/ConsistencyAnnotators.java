package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Annotator;
import dev.medlint.pack.Pack;
import java.util.List;

/** Builds the consistency annotators from a pack; each is immutable and safe to share between threads. */
public final class ConsistencyAnnotators {
    private ConsistencyAnnotators() {
    }

    /** Every annotator that feeds the consistency rules, in a fixed order. */
    public static List<Annotator> create(Pack pack) {
        return List.of(
                new EvidenceLevelAnnotator(pack),
                new ApprovalAnnotator(pack),
                new NoRctAnnotator(pack),
                new TrialMentionAnnotator(pack),
                new PreclinicalMajorityAnnotator(pack),
                new IndicationMentionAnnotator(pack),
                new ConditionalApprovalAdviceAnnotator(pack));
    }
}
