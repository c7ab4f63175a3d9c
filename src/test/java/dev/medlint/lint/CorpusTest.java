package dev.medlint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.medlint.engine.Finding;
import dev.medlint.pack.BundledPack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The held-out corpus (corpus/pages, labels in corpus/labels.json, the format `medlint accuracy`
 * reads): every label holds. A page that fails here is a miss or a false alarm to fix in the
 * annotators or rules, never in the labels, unless the label contradicts the catalogue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusTest {
    static final Path PAGES = Path.of("corpus/pages");
    private Linter linter;

    @BeforeAll
    void build() throws Exception {
        linter = Linter.create(BundledPack.load());
    }

    static Stream<Arguments> labelled() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Path.of("corpus/labels.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
            out.add(Arguments.of(e.getKey(), ids(e.getValue().get("fires")), ids(e.getValue().get("must_not"))));
        }
        return out.stream();
    }

    private static Set<String> ids(JsonNode n) {
        return n == null ? Set.of() : Stream.of(n).flatMap(a -> {
            List<String> l = new ArrayList<>();
            a.forEach(x -> l.add(x.asText()));
            return l.stream();
        }).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelled")
    void labelsHold(String page, Set<String> fires, Set<String> mustNot) {
        FileOutcome outcome = linter.lint(new Target(PAGES.resolve(page), page));
        assertThat(outcome.error()).isEmpty();
        Set<String> fired = outcome.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertThat(fired).as("rules that must fire on %s", page).containsAll(fires);
        assertThat(fired).as("rules that must not fire on %s", page).doesNotContainAnyElementsOf(mustNot);
    }
}
