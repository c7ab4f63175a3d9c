package dev.medlint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.engine.Finding;
import dev.medlint.pack.BundledPack;
import dev.medlint.pack.Pack;
import dev.medlint.page.PageSource;
import dev.medlint.page.Shapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both shapes a page arrives in must give the same findings: every example, fixture and corpus
 * page is converted to the other shape (CMS export <-> Markdown) and must give the same rule ids
 * and messages, in the same order (lines and columns may differ).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShapeEquivalenceTest {
    private Linter linter;
    private Pack pack;

    @BeforeAll
    void build() throws Exception {
        pack = BundledPack.load();
        linter = Linter.create(pack);
    }

    static Stream<Arguments> pages() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String root : new String[] {"examples", "fixtures", "corpus/pages"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String n = f.getFileName().toString();
                    if (n.endsWith(".txt") || n.endsWith(".md")) out.add(Arguments.of(f.toString().replace('\\', '/'), f));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void otherShapeGivesTheSameFindings(String name, Path page) throws Exception {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        boolean cms = name.endsWith(".txt");
        String twin = cms ? Shapes.toMarkdown(text, pack) : Shapes.toCms(text, pack);
        List<String> original = summary(linter.lint(PageSource.of(name, text.getBytes(StandardCharsets.UTF_8))));
        List<String> converted = summary(linter.lint(PageSource.of(name, twin.getBytes(StandardCharsets.UTF_8))));
        assertThat(converted).as("findings of the %s twin of %s%n--- twin ---%n%s", cms ? "Markdown" : "CMS", name, twin)
                .containsExactlyElementsOf(original);
    }

    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.message()).toList();
    }
}
