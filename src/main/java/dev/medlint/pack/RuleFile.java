package dev.medlint.pack;

/**
 * One DRL file of a pack, read when the pack is loaded.
 *
 * @param name    the file name ({@code required-elements.drl})
 * @param display how messages name it ({@code rules/medical-summary/required-elements.drl})
 * @param text    its contents
 */
public record RuleFile(String name, String display, String text) {
}
