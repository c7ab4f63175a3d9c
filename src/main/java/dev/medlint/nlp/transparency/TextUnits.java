package dev.medlint.nlp.transparency;

import dev.medlint.nlp.Keywords;
import dev.medlint.page.Block;
import dev.medlint.page.BlockKind;
import dev.medlint.page.MappedText;
import dev.medlint.page.Sentence;
import java.util.List;

/** Small helpers over blocks shared by the annotators of this package. */
final class TextUnits {
    private TextUnits() {
    }

    /** The block's sentences as mapped texts, or the whole block when it has none. */
    static List<MappedText> sentences(Block b) {
        if (b.sentences().isEmpty()) return b.text().isBlank() ? List.of() : List.of(b.mapped());
        return b.sentences().stream().map(Sentence::mapped).toList();
    }

    /**
     * Whether a folded text contains a keyword of each set ({@link RequiredLiterals}): when not, a
     * pattern every match of which does cannot match the text. True for no sets.
     */
    static boolean containsOneOfEach(String folded, Keywords[] keywordSets) {
        for (Keywords set : keywordSets) {
            if (!set.anyIn(folded)) return false;
        }
        return true;
    }

    /** Blocks whose text a reader sees as text (not code or raw HTML such as comments). */
    static boolean isText(Block b) {
        return b.kind() != BlockKind.CODE && b.kind() != BlockKind.HTML;
    }

    /** Running text: paragraphs, list items, quotes and tables (not title or headings). */
    static boolean isRunningText(Block b) {
        return b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.LIST_ITEM
                || b.kind() == BlockKind.QUOTE || b.kind() == BlockKind.TABLE;
    }
}
