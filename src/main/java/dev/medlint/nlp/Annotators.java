package dev.medlint.nlp;

import dev.medlint.nlp.consistency.ConsistencyAnnotators;
import dev.medlint.nlp.prohibited.ProhibitedAnnotators;
import dev.medlint.nlp.transparency.TransparencyAnnotators;
import dev.medlint.pack.Pack;
import java.util.ArrayList;
import java.util.List;

/** Every annotator of the pipeline, built once from the pack. */
public final class Annotators {
    private Annotators() {
    }

    public static List<Annotator> create(Pack pack) {
        List<Annotator> all = new ArrayList<>();
        all.add(new StructureAnnotator(pack));
        all.addAll(ProhibitedAnnotators.create(pack));
        all.addAll(ConsistencyAnnotators.create(pack));
        all.addAll(TransparencyAnnotators.create(pack));
        return List.copyOf(all);
    }
}
