package dev.medlint.page;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A parsed page. {@code path} is as the user named it (relative where possible); {@code text} is the
 * decoded file text (BOM removed, line endings untouched) that all spans refer to.
 */
public record Page(String path, String text, LineIndex lines, Map<String, Object> frontMatter,
                   String title, String compound, String condition, List<Section> sections) {

    public Page {
        frontMatter = Map.copyOf(frontMatter);
        sections = List.copyOf(sections);
        title = title == null ? "" : title;
        compound = compound == null ? "" : compound;
        condition = condition == null ? "" : condition;
    }

    public Stream<Block> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream());
    }

    public Stream<Sentence> sentences() {
        return blocks().flatMap(b -> b.sentences().stream());
    }

    /** True when the page holds no text at all (an empty file, or only front matter). */
    public boolean isEmpty() {
        return blocks().allMatch(b -> b.text().isBlank());
    }
}
