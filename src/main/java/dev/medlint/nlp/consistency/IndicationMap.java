package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Keywords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pack's indication-to-site map ({@code lexicons/indication-sites.yml}) applied to text. Finds
 * indication terms ("NSCLC", "hepatocellular carcinoma", "breast cancer") and coordinated site lists
 * sharing one head noun ("lung, liver, and breast cancers"), each mapped to its site. Every site in
 * this map is oncological, so a term it knows is a cancer indication. Immutable and thread-safe.
 */
public final class IndicationMap {

    /** One indication found: offsets in the searched text, the term it stands for, and its site. */
    public record Hit(int start, int end, String term, String site) {
    }

    private static final String HEADS = "cancers?|carcinomas?|tumou?rs?|malignanc(?:y|ies)|neoplasms?|adenocarcinomas?";
    private static final Keywords HEAD_KEYS = Keywords.of("cancer", "carcinoma", "tumo", "malignanc", "neoplasm");

    private final TermIndex terms;
    /** Modifier ("lung", "hepatocellular") -> [site, the key it came from]. */
    private final Map<String, String[]> modifiers;
    private final Pattern chain;
    /** "cancers of the lung, liver and bladder": the head noun first. */
    private final Pattern chainOf;
    private final Pattern modifier;

    public IndicationMap(Map<String, String> termToSite) {
        this.terms = new TermIndex(termToSite, 5);
        Map<String, String[]> mods = new LinkedHashMap<>();
        Pattern head = Pattern.compile("^(.+?)\\s+(?:" + HEADS + ")$");
        for (Map.Entry<String, String> e : termToSite.entrySet()) {
            Matcher m = head.matcher(TermIndex.normalise(e.getKey()));
            if (m.matches()) mods.putIfAbsent(m.group(1), new String[] {e.getValue(), e.getKey()});
        }
        this.modifiers = Map.copyOf(mods);
        List<String> keys = new ArrayList<>(mods.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        String alt = keys.isEmpty() ? "(?!)" : String.join("|", keys.stream().map(TermIndex::keyPattern).toList());
        String sw = "(?:" + alt + ")";
        String sep = "(?:\\s*,\\s*(?:and\\s+|or\\s+|&\\s+)?|\\s+(?:and|or|&)\\s+)";
        this.chain = Pattern.compile("(?<![\\p{L}\\p{N}])" + sw + "(?:" + sep + sw + ")+\\s+(?:" + HEADS + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.chainOf = Pattern.compile("\\b(?:" + HEADS + ")\\s+of\\s+(?:the\\s+)?" + sw + "(?:" + sep + "(?:the\\s+)?" + sw + ")*(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.modifier = Pattern.compile("(?<![\\p{L}\\p{N}])" + sw + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** All indications in {@code text}, left to right, without overlaps. */
    public List<Hit> find(CharSequence text) {
        List<Hit> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        String folded = Prose.foldCase(text.toString());
        // both list patterns need a head noun; HEAD_KEYS are the shortest literal of each HEADS
        // alternative, lower-cased, and folded is the text as the patterns' case folding sees it
        Pattern[] lists = HEAD_KEYS.anyIn(folded) ? new Pattern[] {chain, chainOf} : new Pattern[0];
        for (Pattern p : lists) {
            Matcher c = p.matcher(text);
            while (c.find()) {
                int cs = c.start();
                int ce = c.end();
                if (taken.stream().anyMatch(t -> cs < t[1] && ce > t[0])) continue;
                Matcher m = modifier.matcher(text);
                m.region(cs, ce);
                while (m.find()) {
                    String[] site = modifiers.get(TermIndex.normalise(m.group()));
                    if (site != null) out.add(new Hit(m.start(), m.end(), site[1], site[0]));
                }
                taken.add(new int[] {cs, ce});
            }
        }
        for (TermIndex.Hit h : terms.find(text, folded)) {
            boolean overlaps = taken.stream().anyMatch(t -> h.start() < t[1] && h.end() > t[0]);
            if (!overlaps) out.add(new Hit(h.start(), h.end(), h.key(), h.value()));
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    /** The distinct sites of the indications in {@code text}, in order of appearance. */
    public List<String> sites(CharSequence text) {
        return sites(find(text));
    }

    /** The distinct sites of {@code hits} (a {@link #find} result), in order. */
    static List<String> sites(List<Hit> hits) {
        Set<String> s = new LinkedHashSet<>();
        for (Hit h : hits) s.add(h.site());
        return List.copyOf(s);
    }
}
