package dev.medlint.page;

public enum BlockKind {
    /** The page title ("Overview: X and Y"), plain line or heading. */
    TITLE,
    HEADING,
    PARAGRAPH,
    /** One list item ("- ", "* ", "1. "). */
    LIST_ITEM,
    QUOTE,
    CODE,
    TABLE,
    /** An HTML block or comment (kept for suppressions, never prose). */
    HTML
}
