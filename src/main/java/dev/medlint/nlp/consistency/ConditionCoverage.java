package dev.medlint.nlp.consistency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a list of approved indications covers the page's condition (catalogue decision
 * 4). An indication covers the condition when
 * <ol>
 *   <li>the list is empty (approval without a named indication), or the condition is unknown;</li>
 *   <li>one names the other as whole words ("metastatic castration-resistant prostate cancer" on a
 *       "Prostate Cancer" page, "melanoma" on a "Metastatic Melanoma" page);</li>
 *   <li>both map to the same site in the indication map (NSCLC on a "Lung Cancer" page);</li>
 *   <li>both map to the same family in {@code condition-sites.yml} ("chronic weight management" on
 *       an "Obesity" page);</li>
 *   <li>the condition is a generic cancer (a cancer word from {@code consistency-cancer-terms.txt}
 *       but no site: "Stage IV Cancer", "Solid Tumors", "Advanced Cancer") and the indication is a
 *       cancer indication (has a site in the map, or contains a cancer word).</li>
 * </ol>
 * Thread-safe.
 */
final class ConditionCoverage {
    private final IndicationMap indications;
    private final TermIndex families;
    private final Pattern cancerWord;

    ConditionCoverage(IndicationMap indications, TermIndex families, List<String> cancerTerms) {
        this.indications = indications;
        this.families = families;
        List<String> quoted = new ArrayList<>();
        for (String t : cancerTerms) quoted.add(Pattern.quote(t.toLowerCase(Locale.ROOT)));
        this.cancerWord = quoted.isEmpty() ? Pattern.compile("(?!)")
                : Pattern.compile("\\b(?:" + String.join("|", quoted) + ")", Pattern.CASE_INSENSITIVE);
    }

    boolean covers(List<String> indicationList, String condition) {
        return covers(indicationList, condition(condition));
    }

    /** The condition's side of {@link #covers}, worked out on first use and then reused (one page, one thread). */
    final class Condition {
        private final String text;
        private String words;
        private Set<String> sites;
        private Set<String> families;
        private boolean genericCancer;

        private Condition(String text) {
            this.text = text;
        }

        private void prepare() {
            if (words != null) return;
            words = words(text);
            sites = new HashSet<>(indications.sites(text));
            families = families(text);
            genericCancer = sites.isEmpty() && cancerWord.matcher(text).find();
        }
    }

    /** The page's condition, for {@link #covers(List, Condition)} on all its claims. */
    Condition condition(String condition) {
        return new Condition(condition);
    }

    boolean covers(List<String> indicationList, Condition condition) {
        if (indicationList.isEmpty() || condition.text.isBlank()) return true;
        condition.prepare();
        String cond = condition.words;
        Set<String> condSites = condition.sites;
        Set<String> condFamilies = condition.families;
        boolean genericCancer = condition.genericCancer;
        for (String ind : indicationList) {
            String i = words(ind);
            if (!i.isEmpty() && !cond.isEmpty() && (contains(i, cond) || contains(cond, i))) return true;
            List<String> sites = indications.sites(ind);
            if (!Collections.disjoint(sites, condSites)) return true;
            if (!Collections.disjoint(families(ind), condFamilies)) return true;
            if (genericCancer && (!sites.isEmpty() || cancerWord.matcher(ind).find())) return true;
        }
        return false;
    }

    private Set<String> families(String text) {
        Set<String> out = new HashSet<>();
        for (TermIndex.Hit h : families.find(text)) out.add(h.value());
        return out;
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}']+");

    /** Lower-case words, punctuation dropped, simple plural "s" removed, "tumour" spelt "tumor". */
    private static String words(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : WORD_BREAK.split(s.toLowerCase(Locale.ROOT).replace("tumour", "tumor"))) {
            if (w.isEmpty()) continue;
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.substring(0, w.length() - 1);
            if (sb.length() > 0) sb.append(' ');
            sb.append(w);
        }
        return sb.toString();
    }

    private static boolean contains(String haystack, String needle) {
        return (" " + haystack + " ").contains(" " + needle + " ");
    }
}
