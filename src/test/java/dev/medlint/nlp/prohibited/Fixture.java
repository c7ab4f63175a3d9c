package dev.medlint.nlp.prohibited;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.pack.PackException;
import dev.medlint.page.Block;
import dev.medlint.page.Page;
import dev.medlint.page.Section;
import dev.medlint.page.Sentence;
import dev.medlint.page.Span;
import dev.medlint.testing.SimplePages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared set-up for the prohibited-content annotator tests. */
final class Fixture {
    static final String TITLE = "Overview: Atezolizumab and Stage IV Cancer";
    static final String HEADING = "Important Limitations";
    static final Pack PACK = loadPack();
    static final Negation NEGATION = new Negation(PACK);

    private Fixture() {
    }

    private static Pack loadPack() {
        try {
            return Pack.load(Path.of("rules/medical-summary"), "rules/medical-summary");
        } catch (PackException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A page with a title line, a section heading and {@code line} as line 3, which is one sentence
     * (SimplePages splits at every period, also inside "2.5 mL"; the real parser does not).
     */
    static Page page(String line) {
        Page p = SimplePages.page(TITLE + "\n" + HEADING + "\n" + line);
        List<Section> sections = new ArrayList<>();
        for (Section s : p.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                Block.Ref ref = new Block.Ref(b.kind(), b.role(), b.sectionKey(), b.sectionTitle());
                blocks.add(new Block(b.kind(), b.role(), b.mapped(), List.of(new Sentence(b.mapped(), ref)), b.links(),
                        b.sectionKey(), b.sectionTitle()));
            }
            sections.add(new Section(s.key(), s.title(), s.headingSpan(), blocks));
        }
        return new Page(p.path(), p.text(), p.lines(), p.frontMatter(), p.title(), p.compound(), p.condition(), sections);
    }

    static List<Object> run(Annotator a, Page page) {
        List<Object> out = new ArrayList<>();
        a.annotate(page, out::add);
        return out;
    }

    static <T> List<T> run(Annotator a, String line, Class<T> type) {
        return run(a, page(line)).stream().map(type::cast).toList();
    }

    /** The span of the first occurrence of {@code phrase} in line 3 of {@link #page(String)}. */
    static Span spanOf(String line, String phrase) {
        int i = line.indexOf(phrase);
        assertThat(i).as("'%s' in '%s'", phrase, line).isGreaterThanOrEqualTo(0);
        return new Span(3, i + 1, 3, i + 1 + phrase.length());
    }
}
