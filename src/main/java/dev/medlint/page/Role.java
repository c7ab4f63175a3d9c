package dev.medlint.page;

/** What a block is for; readability, citation and other rules skip non-body blocks. */
public enum Role {
    BODY,
    /** The medical disclaimer (a labelled paragraph or the blocks under a disclaimer heading). */
    DISCLAIMER,
    /** The promotional footer after the disclaimer. */
    FOOTER,
    /** A References / Sources list. */
    REFERENCES
}
