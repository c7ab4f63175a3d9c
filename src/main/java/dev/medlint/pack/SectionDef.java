package dev.medlint.pack;

import java.util.List;

/**
 * A section the pack knows: its id, canonical title, other titles that name it, and whether every
 * page must have it. Headings (plain lines or Markdown) are matched against title and aliases,
 * case-insensitively.
 */
public record SectionDef(String key, String title, List<String> aliases, boolean required) {
    public SectionDef {
        aliases = List.copyOf(aliases);
    }
}
