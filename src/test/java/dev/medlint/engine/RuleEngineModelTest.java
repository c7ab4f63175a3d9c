package dev.medlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Annotators;
import dev.medlint.pack.BundledPack;
import dev.medlint.pack.Pack;
import dev.medlint.pack.RuleFile;
import dev.medlint.page.Page;
import dev.medlint.page.PageParser;
import dev.medlint.page.PageSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled pack's executable model (precompiled at build time) must behave exactly like its DRL
 * compiled at run time: same rule metadata, same findings on every fixture and example page; and an
 * edited pack must not be served by the model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleEngineModelTest {
    private Pack pack;
    private RuleEngine model;
    private RuleEngine drl;

    @BeforeAll
    void build() throws Exception {
        pack = BundledPack.load();
        model = RuleEngine.compile(pack);
        assumeTrue(model.precompiled(), "the precompiled model is stale or missing (an incremental build after a DRL edit);"
                + " `mvn clean verify` regenerates it");
        drl = RuleEngine.compileDrl(pack);
    }

    @Test
    void metadataIsIdentical() {
        assertThat(drl.precompiled()).isFalse();
        assertThat(model.rules()).hasSize(21);
        assertThat(model.rules()).isEqualTo(drl.rules());
    }

    @Test
    void findingsAreIdenticalOnEveryFixtureAndExample() throws Exception {
        PageParser parser = new PageParser(pack);
        List<Annotator> annotators = Annotators.create(pack);
        List<Path> pages = new ArrayList<>();
        for (String dir : List.of("fixtures", "examples")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                        .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(pages::add);
            }
        }
        assertThat(pages).hasSizeGreaterThan(100);
        int fired = 0;
        for (Path p : pages) {
            Page page = parser.parse(PageSource.read(p, p.toString()));
            List<Object> facts = new ArrayList<>();
            for (Annotator a : annotators) a.annotate(page, facts::add);
            List<Finding> fromModel = model.run(new FindingSink(page, model.rules()), facts);
            List<Finding> fromDrl = drl.run(new FindingSink(page, drl.rules()), facts);
            assertThat(fromModel).as(p.toString()).isEqualTo(fromDrl);
            fired += fromModel.size();
        }
        assertThat(fired).isGreaterThan(pages.size());
    }

    @Test
    void anEditedPackCompilesItsDrl(@TempDir Path dir) throws Exception {
        List<RuleFile> sources = pack.ruleFiles();
        assertThat(PrecompiledModel.matches(sources)).isTrue();

        List<RuleFile> edited = new ArrayList<>(sources);
        RuleFile first = edited.get(0);
        edited.set(0, new RuleFile(first.name(), first.display(), first.text() + "\n// edited\n"));
        assertThat(PrecompiledModel.matches(edited)).isFalse();

        List<RuleFile> fewer = new ArrayList<>(sources);
        fewer.remove(0);
        assertThat(PrecompiledModel.matches(fewer)).isFalse();

        Path copy = copyPack(dir.resolve("pack"));
        Path drlFile;
        try (Stream<Path> s = Files.list(copy)) {
            drlFile = s.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(drlFile, Files.readString(drlFile) + "\n// a reviewer's note\n");
        RuleEngine engine = RuleEngine.compile(Pack.load(copy, "pack"));
        assertThat(engine.precompiled()).isFalse();
        assertThat(engine.rules().keySet()).isEqualTo(model.rules().keySet());
    }

    private static Path copyPack(Path to) throws IOException {
        Path from = Path.of("rules/medical-summary");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }
}
