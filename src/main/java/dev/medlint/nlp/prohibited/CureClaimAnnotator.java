package dev.medlint.nlp.prohibited;

import dev.medlint.nlp.Keywords;
import dev.medlint.facts.CureClaim;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import dev.medlint.page.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds affirmative claims of a cure or a guaranteed outcome for {@code cure-claim}: "cures stage IV
 * cancer", "has been shown to cure", "is a cure for", "guaranteed to shrink tumors", "100%
 * effective", "works for everyone", "eliminates the disease", "permanent remission", "the cancer
 * never comes back".
 *
 * <p>Not claims: negated or hedged statements ("no treatment has been shown to cure", "not a cure",
 * "there is no guarantee", "researchers hope it could one day cure", "may help some patients"),
 * reported claims ("some websites claim it cures cancer"), questions, "cure rate", and the clinical
 * term "curative intent" / "curative-intent surgery", which names the goal of a treatment plan, not
 * an outcome. "Eliminates cancer cells" describes a mechanism and is not a claim. Immutable and
 * thread-safe.
 */
public final class CureClaimAnnotator implements Annotator {
    private static final String DISEASE = "(?:the\\s+|your\\s+|their\\s+|this\\s+|all\\s+|any\\s+)?(?:(?:stage\\s+[IV1-4]+[A-C]?|advanced|metastatic|late-stage|early-stage)\\s+)?"
            + "(?:disease|diseases|cancer|cancers|tumou?rs?|illness|condition|infection|malignanc(?:y|ies)|carcinoma|leukemia|leukaemia|lymphoma|melanoma|diabetes"
            + "|obesity|depression|dementia|alzheimer['\u2019]?s(?:\\s+disease)?|parkinson['\u2019]?s(?:\\s+disease)?|arthritis|asthma|hypertension"
            + "|high\\s+blood\\s+pressure|addiction|psoriasis|eczema|epilepsy|migraines?|multiple\\s+sclerosis|bipolar\\s+disorder|schizophrenia|anxiety)(?!\\s*(?:-|\\s)\\s*(?:cells?|growth|size|burden|markers?)\\b)";
    private static final List<Pattern> CLAIMS = List.of(
            // verb "cure": cures, cured, will/can/does cure, shown/proven/able/known/guaranteed to cure
            Pattern.compile("(?<![\\p{L}])(?:cures|cured|curing)(?![\\p{L}-])(?!\\s+(?:rates?|meats?|ham)\\b)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:will|can|does|do|shall|(?:shown|proven|proved|able|known|guaranteed|certain|sure)\\s+to)\\s+(?:(?:completely|fully|permanently|definitely|always|reliably)\\s+)?cure(?![\\p{L}-])",
                    Pattern.CASE_INSENSITIVE),
            // noun "cure": is a cure, offers the cure, a cure for
            Pattern.compile("(?<![\\p{L}])(?:is|are|was|as|offers?|provides?|represents?|becomes?|found|discovered|promises?|delivers?|brings?)\\s+(?:(?:now|truly|finally|effectively|essentially|basically|really|already|simply|officially)\\s+)?(?:a|an|the)\\s+(?:(?:real|true|definitive|complete|permanent|total|genuine|proven|new|miracle|natural)\\s+)?cure(?![\\p{L}-])",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:is|are)\\s+(?:(?:completely|fully|always|highly)\\s+)?curative(?![\\p{L}-])(?!\\s+(?:-\\s*)?intent)", Pattern.CASE_INSENSITIVE),
            // guarantees
            Pattern.compile("(?<![\\p{L}])guarantee[sd]?(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
            // 100% effective and other certainty of benefit
            Pattern.compile("(?<![\\p{L}\\p{N}])100\\s*(?:%|percent|per\\s+cent)\\s+(?:effective|successful|success(?:\\s+rate)?|cure\\s+rate|response(?:\\s+rate)?|remission|survival|of\\s+(?:patients|people|cases))(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:completely|totally|fully|always)\\s+effective(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:always\\s+works|never\\s+fails|works?\\s+(?:for|in)\\s+(?:everyone|everybody|every\\s+(?:patient|person|case)|all\\s+(?:patients|people|cases)))(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:works\\s+every\\s+time|(?:every|each)\\s+(?:single\\s+)?(?:patient|person)\\s+(?:responds|recovers|is\\s+cured)|(?:all|100%\\s+of)\\s+patients\\s+(?:respond|recover|are\\s+cured)|always\\s+(?:cures|succeeds|eliminates))(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:kills?|eliminates?|destroys?|removes?|clears?|beats?)\\s+(?:the\\s+|your\\s+)?(?:cancer|disease|tumou?rs?|illness)\\s+(?:for\\s+good|forever|permanently|once\\s+and\\s+for\\s+all)(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])effective\\s+(?:for|in)\\s+(?:everyone|everybody|every\\s+(?:patient|person|case)|all\\s+(?:patients|people|cases))(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            // eliminates / eradicates / reverses the disease (not "cancer cells": mechanism)
            Pattern.compile("(?<![\\p{L}])(?:eliminat|eradicat|revers|destroy|wip(?:e|es|ed|ing)\\s+out|get(?:s|ting)?\\s+rid\\s+of|beat|defeat|conquer)(?:es|e|ed|ing|s)?\\s+" + DISEASE + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            // permanent results
            Pattern.compile("(?<![\\p{L}])(?:permanent(?:ly)?\\s+(?:remission|cure|recovery|cured)|(?:complete\\s+)?remission\\s+(?:for|in)\\s+(?:everyone|everybody|every\\s+patient|all\\s+patients))(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}])(?:never\\s+(?:comes?|coming)\\s+back|will\\s+never\\s+return|gone\\s+for\\s+good|(?:cancer|disease)[-\\s]free\\s+(?:forever|for\\s+life))(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE));

    /** One literal of each alternative of the disease-word group of {@link #DISEASE} (required in every match of it). */
    private static final Keywords DISEASE_CUES = Keywords.of("disease", "cancer", "tumo", "illness", "condition", "infection", "malignanc",
            "carcinoma", "leuk", "lymphoma", "melanoma", "diabetes", "obesity", "depression", "dementia", "alzheimer", "parkinson",
            "arthritis", "asthma", "hypertension", "blood", "addiction", "psoriasis", "eczema", "epilepsy", "migraine", "sclerosis",
            "bipolar", "schizophrenia", "anxiety");

    /**
     * Per pattern of {@link #CLAIMS} (same index), a necessary condition on the lower-cased sentence:
     * the pattern is skipped when it fails. The patterns are ASCII case-insensitive, so a match's text
     * lower-cased holds the literals named below and the folded sentence does too: a superset test,
     * never a lost match. Where a pattern has two required parts (a verb and a disease word, an
     * adverb and "effective"), the condition asks for a literal of each part.
     */
    private static final Keywords CURE_FORMS = Keywords.of("cures", "cured", "curing");
    private static final Keywords COMPLETELY = Keywords.of("completely", "totally", "fully", "always");
    private static final Keywords ALWAYS_EVERY_ALL = Keywords.of("always", "every", "all");
    private static final Keywords EVERY_RESPONDS = Keywords.of("every", "respond", "recover", "cured", "always");
    private static final Keywords KILL_VERBS = Keywords.of("kill", "eliminate", "destroy", "remove", "clear", "beat");
    private static final Keywords FOR_GOOD = Keywords.of("good", "forever", "permanently", "once");
    private static final Keywords EVERY_ALL = Keywords.of("every", "all");
    private static final Keywords REMOVAL_STEMS = Keywords.of("eliminat", "eradicat", "revers", "destroy", "wip", "get", "beat", "defeat", "conquer");
    private static final Keywords NEVER_GONE = Keywords.of("never", "gone");
    private static final Keywords FOREVER_LIFE = Keywords.of("forever", "life");

    /**
     * Per pattern of {@link #CLAIMS} (same index), a necessary condition on the lower-cased sentence:
     * the pattern is skipped when it fails. The patterns are ASCII case-insensitive, so a match's text
     * lower-cased holds the literals named below and the folded sentence does too: a superset test,
     * never a lost match. Where a pattern has two required parts (a verb and a disease word, an
     * adverb and "effective"), the condition asks for a literal of each part. The literal sets are
     * built once, here.
     */
    private static final List<Predicate<String>> CUES = List.of(
            // 0 cures | cured | curing
            CURE_FORMS::anyIn,
            // 1, 2 the word cure
            l -> l.contains("cure"),
            l -> l.contains("cure"),
            // 3 curative
            l -> l.contains("curative"),
            // 4 guarantee
            l -> l.contains("guarantee"),
            // 5 100
            l -> l.contains("100"),
            // 6 (completely|totally|fully|always) effective
            l -> l.contains("effective") && COMPLETELY.anyIn(l),
            // 7 always works | never fails | work(s) (for|in) (everyone|everybody|every ...|all ...)
            l -> l.contains("work") && ALWAYS_EVERY_ALL.anyIn(l) || l.contains("fails"),
            // 8 works every time | each/every patient/person responds/recovers/is cured |
            //   all/100% of patients respond/recover/are cured | always cures/succeeds/eliminates
            EVERY_RESPONDS::anyIn,
            // 9 kill/eliminate/destroy/remove/clear/beat ... for good | forever | permanently | once and for all
            l -> KILL_VERBS.anyIn(l) && FOR_GOOD.anyIn(l),
            // 10 effective (for|in) (everyone|everybody|every ...|all ...)
            l -> l.contains("effective") && EVERY_ALL.anyIn(l),
            // 11 the verb stems of its alternation (wip(e), get, ...) followed by a DISEASE word
            l -> REMOVAL_STEMS.anyIn(l) && DISEASE_CUES.anyIn(l),
            // 12 permanent(ly) ... | (complete)? remission (for|in) (everyone|everybody|every patient|all patients)
            l -> l.contains("permanent") || l.contains("remission") && EVERY_ALL.anyIn(l),
            // 13 never comes/coming back | will never return | gone for good | (cancer|disease)-free (forever|for life)
            l -> NEVER_GONE.anyIn(l) || l.contains("free") && FOREVER_LIFE.anyIn(l));

    /** "eliminated tumors in 5% of patients" reports a partial trial result, not a cure. */
    private static final Pattern PARTIAL = Pattern.compile(
            "^\\s+(?:in|for|among)\\s+(?:only\\s+)?(?:\\d|a\\s+(?:few|minority|small|subset|handful)|some|few|several|one|two|three|a\\s+number)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOVAL_VERB = Pattern.compile("^(?:eliminat|eradicat|revers|destroy|wip|get|beat|defeat|conquer)",
            Pattern.CASE_INSENSITIVE);

    private final Negation negation;

    public CureClaimAnnotator(Pack pack, Negation negation) {
        this.negation = negation;
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        Prose.bodySentences(page).forEach(s -> annotate(s, facts));
    }

    private void annotate(Sentence sentence, Consumer<Object> facts) {
        String s = sentence.text();
        if (Prose.isQuestion(s)) return;
        List<int[]> found = new ArrayList<>();
        // the folded sentence in place of s.toLowerCase(Locale.ROOT): CLAIMS are ASCII
        // case-insensitive, and folded lower-cases every ASCII letter just the same
        String lower = sentence.folded();
        for (int i = 0; i < CLAIMS.size(); i++) {
            if (!CUES.get(i).test(lower)) continue;
            Pattern p = CLAIMS.get(i);
            Matcher m = p.matcher(s);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (Prose.overlaps(found, start, end) || !affirmative(s, start, end, m.group())) continue;
                found.add(new int[] {start, end});
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] f : found) facts.accept(new CureClaim(sentence.span(f[0], f[1]), s.substring(f[0], f[1])));
    }

    private boolean affirmative(String s, int start, int end, String phrase) {
        if (negation.isNegatedOrHedged(s, start, end)) return false;
        if (REMOVAL_VERB.matcher(phrase).find() && PARTIAL.matcher(s.substring(end)).find()) return false;
        // "never comes back" holds its own "never"; a further negation before it still counts above.
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cure") && lower.endsWith("d") && s.substring(0, start).matches("(?is).*\\b(?:be|been|being)\\s+$")) {
            // "can be cured" about a condition in general ("early-stage disease can often be cured with surgery")
            return !s.substring(0, start).matches("(?is).*\\b(?:often|usually|sometimes|frequently|generally)\\s+(?:be|been)\\s+$");
        }
        return true;
    }

}
