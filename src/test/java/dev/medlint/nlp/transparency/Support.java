package dev.medlint.nlp.transparency;

import dev.medlint.nlp.Annotator;
import dev.medlint.pack.Pack;
import dev.medlint.pack.PackException;
import dev.medlint.page.Page;
import dev.medlint.testing.SimplePages;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

/** Shared test helpers: the bundled pack, pages built with SimplePages, facts of one type. */
final class Support {
    static final Pack PACK = load();
    static final String TITLE = "Overview: Metformin and Prostate Cancer";

    private Support() {
    }

    private static Pack load() {
        try {
            return Pack.load(Path.of("rules/medical-summary"), "rules/medical-summary");
        } catch (PackException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page: the title line, then the given lines. */
    static Page page(String... lines) {
        return SimplePages.page(TITLE + "\n" + String.join("\n", lines));
    }

    static List<Object> facts(Annotator annotator, Page page) {
        List<Object> out = new ArrayList<>();
        annotator.annotate(page, out::add);
        return out;
    }

    static <T> List<T> facts(Annotator annotator, Page page, Class<T> type) {
        return facts(annotator, page).stream().filter(type::isInstance).map(type::cast).toList();
    }
}
