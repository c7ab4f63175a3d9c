package dev.medlint.nlp;

import dev.medlint.page.Page;
import java.util.function.Consumer;

/**
 * Turns a parsed page into typed facts ({@code dev.medlint.facts}) for the rules. An annotator is
 * built once per process from the pack (compile patterns, load lexicons there) and must be safe to
 * call from several threads at once: keep no per-page state in fields.
 */
public interface Annotator {
    void annotate(Page page, Consumer<Object> facts);
}
