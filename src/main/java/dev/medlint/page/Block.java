package dev.medlint.page;

import java.util.List;

/**
 * A block of a page: a title, heading, paragraph or list item, with its cleaned text, sentences,
 * links and role.
 */
public record Block(BlockKind kind, Role role, MappedText mapped, List<Sentence> sentences, List<Link> links,
                    String sectionKey, String sectionTitle) {

    /** What a sentence knows of its block without a cycle in the records. */
    public record Ref(BlockKind kind, Role role, String sectionKey, String sectionTitle) {
    }

    public Block {
        sentences = List.copyOf(sentences);
        links = List.copyOf(links);
        sectionKey = sectionKey == null ? "" : sectionKey;
        sectionTitle = sectionTitle == null ? "" : sectionTitle;
    }

    public String text() {
        return mapped.text();
    }

    public Span span() {
        return mapped.span();
    }

    public boolean isProse() {
        return role == Role.BODY && (kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM || kind == BlockKind.QUOTE);
    }
}
