package dev.medlint.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The body of a page rewritten for CommonMark, with a map back to the original file. Each line of the
 * rewritten text is either an original line (its content, possibly with leading whitespace removed)
 * or an inserted blank line; line terminators are normalised to LF. Columns in a rewritten line map
 * to original offsets by {@link #offset(int, int)}, so every CommonMark source span refers back to
 * the user's file exactly.
 *
 * <p>Two shapes: the CMS export (no blank line between content lines) gets a blank line after every
 * line and loses leading indentation, so each line is its own block; Markdown keeps its lines and
 * only gets blank lines around plain-line headings (known section titles on a line of their own),
 * before labelled disclaimer paragraphs and after a plain "Overview: ..." title line, so CommonMark
 * does not read them as continuation lines. Nothing is inserted inside fenced code.
 */
final class SourceLines {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern TITLE_LINE = Pattern.compile("^ {0,3}(?:\\*\\*|__)?overview\\s*:.*\\S.*", Pattern.CASE_INSENSITIVE);

    private final List<String> content = new ArrayList<>();
    private final List<int[]> orig = new ArrayList<>(); // {origStart, origEnd}
    private final List<Boolean> plainHeading = new ArrayList<>();
    private final boolean cms;

    private SourceLines(boolean cms) {
        this.cms = cms;
    }

    /**
     * @param text          the whole file text
     * @param bodyStart     where the body starts
     * @param isHeadingLine whether a raw line (untrimmed) is a plain-line heading of a known section
     * @param isLabelLine   whether a raw line starts a labelled disclaimer paragraph
     */
    static SourceLines of(String text, int bodyStart, Predicate<String> isHeadingLine, Predicate<String> isLabelLine) {
        List<int[]> lines = new ArrayList<>(); // {start, end} of original body lines
        int pos = bodyStart;
        while (pos < text.length()) {
            int end = PageSource.lineEnd(text, pos);
            lines.add(new int[] {pos, end});
            pos = PageSource.nextLineStart(text, end);
        }
        boolean cms = isCmsShape(text, lines);
        SourceLines out = new SourceLines(cms);
        boolean[] fenced = fencedLines(text, lines);
        boolean titleSeen = false;
        int lastEnd = bodyStart;
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i)[0];
            int end = lines.get(i)[1];
            String raw = text.substring(start, end);
            boolean blank = raw.isBlank();
            if (cms) {
                int shift = 0;
                if (!fenced[i]) {
                    while (shift < raw.length() && (raw.charAt(shift) == ' ' || raw.charAt(shift) == '\t')) shift++;
                }
                boolean heading = !fenced[i] && !blank && isHeadingLine.test(raw);
                out.add(raw.substring(shift), start + shift, end, heading);
                if (!fenced[i] && !blank) out.blank(end);
            } else {
                boolean open = !fenced[i] && !blank && indent(raw) <= 3;
                boolean nextIsUnderline = i + 1 < lines.size() && !fenced[i + 1]
                        && SETEXT_UNDERLINE.matcher(text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1])).matches();
                boolean heading = open && !nextIsUnderline && isHeadingLine.test(raw);
                boolean label = open && !heading && isLabelLine.test(raw);
                boolean title = open && !titleSeen && !heading && !label && !nextIsUnderline && TITLE_LINE.matcher(raw).matches();
                if (!blank) titleSeen = true;
                if ((heading || label) && out.lastIsContent()) out.blank(lastEnd);
                out.add(raw, start, end, heading);
                if (heading || title) out.blank(end);
            }
            lastEnd = end;
        }
        return out;
    }

    /** A body whose content lines have no blank line between them is the CMS export. */
    private static boolean isCmsShape(String text, List<int[]> lines) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!text.substring(lines.get(i)[0], lines.get(i)[1]).isBlank()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0 || first == last) return false;
        for (int i = first; i <= last; i++) {
            if (text.substring(lines.get(i)[0], lines.get(i)[1]).isBlank()) return false;
        }
        return true;
    }

    private static boolean[] fencedLines(String text, List<int[]> lines) {
        boolean[] fenced = new boolean[lines.size()];
        char fenceChar = 0;
        int fenceLen = 0;
        for (int i = 0; i < lines.size(); i++) {
            String raw = text.substring(lines.get(i)[0], lines.get(i)[1]);
            var m = FENCE.matcher(raw);
            if (fenceChar == 0) {
                if (m.find()) {
                    fenceChar = m.group(1).charAt(0);
                    fenceLen = m.group(1).length();
                    fenced[i] = true;
                }
            } else {
                fenced[i] = true;
                if (m.find() && m.group(1).charAt(0) == fenceChar && m.group(1).length() >= fenceLen
                        && raw.substring(m.end()).isBlank()) {
                    fenceChar = 0;
                }
            }
        }
        return fenced;
    }

    private static int indent(String raw) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ') n++;
            else if (c == '\t') n += 4 - n % 4;
            else break;
        }
        return n;
    }

    private void add(String line, int origStart, int origEnd, boolean heading) {
        content.add(line);
        orig.add(new int[] {origStart, origEnd});
        plainHeading.add(heading);
    }

    private void blank(int at) {
        add("", at, at, false);
    }

    private boolean lastIsContent() {
        return !content.isEmpty() && !content.get(content.size() - 1).isBlank();
    }

    /** True when the body was read as the CMS export. */
    boolean isCms() {
        return cms;
    }

    /** The rewritten text fed to CommonMark. */
    String text() {
        return String.join("\n", content);
    }

    int lineCount() {
        return content.size();
    }

    String line(int t) {
        return t >= 0 && t < content.size() ? content.get(t) : "";
    }

    /** Whether rewritten line {@code t} is a plain-line heading of a known section. */
    boolean isPlainHeading(int t) {
        return t >= 0 && t < plainHeading.size() && plainHeading.get(t);
    }

    /** Original offset of column {@code col} of rewritten line {@code t}. */
    int offset(int t, int col) {
        if (content.isEmpty()) return 0;
        int line = Math.max(0, Math.min(t, content.size() - 1));
        int[] o = orig.get(line);
        return Math.min(o[0] + Math.max(0, col), o[1]);
    }

    /** Original offset of the end of rewritten line {@code t} (where its terminator stands). */
    int lineEnd(int t) {
        if (content.isEmpty()) return 0;
        return orig.get(Math.max(0, Math.min(t, content.size() - 1)))[1];
    }
}
