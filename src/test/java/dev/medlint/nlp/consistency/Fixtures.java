package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Annotator;
import dev.medlint.pack.Pack;
import dev.medlint.pack.PackException;
import dev.medlint.page.Page;
import dev.medlint.testing.SimplePages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared test helpers: the bundled pack and one-sentence pages in a chosen section. */
final class Fixtures {
    static final Pack PACK = load();

    private Fixtures() {
    }

    private static Pack load() {
        try {
            return Pack.load(Path.of("rules/medical-summary"), "rules/medical-summary");
        } catch (PackException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CMS-shaped page titled "Overview: compound and condition" with {@code body} under {@code heading} ("" = Overview). */
    static Page page(String compound, String condition, String heading, String body) {
        String text = "Overview: " + compound + " and " + condition + "\n" + (heading.isEmpty() ? "" : heading + "\n") + body;
        return SimplePages.page(text);
    }

    static Page evidence(String body) {
        return page("Atezolizumab", "Stage IV Cancer", "Summary of Published Evidence", body);
    }

    static <T> List<T> facts(Annotator a, Page page, Class<T> type) {
        List<T> out = new ArrayList<>();
        a.annotate(page, o -> {
            if (type.isInstance(o)) out.add(type.cast(o));
        });
        return out;
    }

    static List<Object> all(Page page) {
        List<Object> out = new ArrayList<>();
        for (Annotator a : ConsistencyAnnotators.create(PACK)) a.annotate(page, out::add);
        return out;
    }
}
