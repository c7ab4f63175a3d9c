package dev.medlint.page;

import dev.medlint.pack.Pack;
import java.nio.file.Path;

/** Prints a parsed page (a debugging aid for the parser's tests). */
final class Dump {
    private Dump() {
    }

    static String dump(Page p) {
        StringBuilder sb = new StringBuilder();
        sb.append("title=").append(p.title()).append(" | ").append(p.compound()).append(" | ").append(p.condition()).append('\n');
        for (Section s : p.sections()) {
            sb.append("## [").append(s.key()).append("] ").append(s.title()).append(' ').append(s.headingSpan()).append('\n');
            for (Block b : s.blocks()) {
                sb.append("  ").append(b.kind()).append('/').append(b.role()).append(' ').append(b.span()).append(" ").append(b.text()).append('\n');
                for (Sentence x : b.sentences()) sb.append("     * ").append(x.span()).append(' ').append(x.text()).append('\n');
                for (Link l : b.links()) sb.append("     > ").append(l.span()).append(' ').append(l.destination()).append('\n');
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        Pack pack = Pack.load(Path.of("rules/medical-summary"), "rules/medical-summary");
        PageParser parser = new PageParser(pack);
        for (String a : args) System.out.println(dump(parser.parse(PageSource.read(Path.of(a), a))));
    }
}
