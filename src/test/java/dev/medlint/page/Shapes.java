package dev.medlint.page;

import dev.medlint.pack.Pack;
import dev.medlint.pack.SectionDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a page between its two shapes, for equivalence tests: the CMS plain export (title line,
 * known section headings as plain lines, no blank lines, no final newline) and Markdown ({@code #}
 * title, {@code ##} headings, blank lines between blocks, final newline). Front matter is kept
 * verbatim in both directions. Headings that name no pack section stay ATX headings in the CMS shape
 * (a plain line would be read as a paragraph there), so the two shapes parse to the same sections,
 * blocks and sentences.
 */
public final class Shapes {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \t]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}([-*+]|\\d{1,9}[.)])(?:[ \t]+|$)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?");

    private static final Pattern LABEL = Pattern.compile("^(?:\\*\\*|__)?(?:medical\\s+)?disclaimer(?:\\*\\*|__)?\\s*:", Pattern.CASE_INSENSITIVE);

    private enum Last { NONE, PARAGRAPH, HEADING_LINE, LIST, QUOTE }

    private Shapes() {
    }

    /** The Markdown twin of a page in CMS shape. */
    public static String toMarkdown(String cmsText, Pack pack) {
        Set<String> known = sectionTitles(pack);
        List<String> lines = List.of(LINE_BREAK.split(cmsText, -1));
        List<String> out = new ArrayList<>();
        int i = frontMatter(lines, out);
        if (i > 0) out.add("");
        boolean first = true;
        boolean prevList = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String t = line.strip();
            boolean list = LIST_ITEM.matcher(t).find();
            if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty() && !(list && prevList)) out.add("");
            if (known.contains(key(t))) {
                out.add(t.startsWith("#") ? t : "## " + t);
            } else if (first && !list && !t.startsWith("#")) {
                out.add("# " + t);
            } else {
                out.add(t);
            }
            first = false;
            prevList = list;
        }
        return String.join("\n", out) + "\n";
    }

    /** The CMS-shape export of a Markdown page. */
    public static String toCms(String markdown, Pack pack) {
        Set<String> known = sectionTitles(pack);
        List<String> lines = List.of(LINE_BREAK.split(markdown, -1));
        List<String> out = new ArrayList<>();
        int i = frontMatter(lines, out);
        int bodyFrom = out.size();
        Last last = Last.NONE; // what the last output line is, while it may be continued
        boolean firstBlock = true;
        String fence = null;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fence != null) {
                out.add(line);
                Matcher f = FENCE.matcher(line);
                if (f.find() && f.group(1).startsWith(fence) && line.substring(f.end()).isBlank()) fence = null;
                continue;
            }
            if (line.isBlank()) {
                last = Last.NONE;
                continue;
            }
            boolean first = firstBlock;
            firstBlock = false;
            Matcher fm = FENCE.matcher(line);
            if (fm.find()) {
                fence = fm.group(1);
                out.add(line);
                last = Last.NONE;
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                String text = atx.group(2) == null ? "" : atx.group(2).strip();
                out.add(known.contains(key(text)) || (first && atx.group(1).length() == 1) ? text : line.strip());
                last = Last.NONE;
                continue;
            }
            if ((last == Last.PARAGRAPH || last == Last.HEADING_LINE) && SETEXT.matcher(line).matches()) {
                String text = out.remove(out.size() - 1);
                boolean h1 = line.strip().startsWith("=");
                out.add(known.contains(key(text)) || (out.size() == bodyFrom && h1) ? text : (h1 ? "# " : "## ") + text);
                last = Last.NONE;
                continue;
            }
            Matcher q = QUOTE.matcher(line);
            if (q.find()) {
                String rest = line.substring(q.end()).strip();
                if (last == Last.QUOTE) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + rest);
                } else {
                    out.add("> " + rest);
                }
                last = Last.QUOTE;
                continue;
            }
            Matcher li = LIST_ITEM.matcher(line);
            if (li.find() && !SETEXT.matcher(line).matches()) {
                String marker = li.group(1).matches("[-*+]") ? "-" : li.group(1);
                out.add(marker + " " + line.substring(li.end()).strip());
                last = Last.LIST;
                continue;
            }
            String t = line.strip();
            boolean heading = known.contains(key(t));
            if ((last == Last.PARAGRAPH || last == Last.LIST) && !heading && !LABEL.matcher(t).find()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + t);
            } else {
                out.add(t);
                last = heading ? Last.HEADING_LINE : Last.PARAGRAPH;
            }
        }
        return String.join("\n", out);
    }

    /** Copies a leading front matter block to {@code out}; returns the index of the first body line. */
    private static int frontMatter(List<String> lines, List<String> out) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return 0;
        for (int i = 1; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.equals("---") || t.equals("...")) {
                out.addAll(lines.subList(0, i + 1));
                return i + 1;
            }
        }
        return 0;
    }

    private static Set<String> sectionTitles(Pack pack) {
        Set<String> s = new HashSet<>();
        for (SectionDef d : pack.sections()) {
            s.add(key(d.title()));
            for (String a : d.aliases()) s.add(key(a));
        }
        return s;
    }

    private static String key(String heading) {
        String t = heading.strip().replaceFirst("^#+\\s*", "").replace("**", "").replace("__", "").strip();
        while (t.endsWith(":")) t = t.substring(0, t.length() - 1).strip();
        return t.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
