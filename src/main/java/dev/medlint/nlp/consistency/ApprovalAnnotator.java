package dev.medlint.nlp.consistency;

import dev.medlint.nlp.Keywords;
import dev.medlint.facts.ApprovalClaim;
import dev.medlint.facts.ApprovalStatus;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits an {@link ApprovalClaim} for each regulatory-status statement in the body prose:
 * <ul>
 *   <li>APPROVED: "FDA-approved for ...", "is approved in the US for ...", "approved by the EMA",
 *       "has received FDA approval", "is licensed / authorized / indicated for ...";</li>
 *   <li>NOT_APPROVED: a negated approval ("not approved", "has not been approved", "no regulatory
 *       approval", "has not received approval"), "unapproved", "no longer approved", an approval
 *       "withdrawn"; after a status label, "pending / under review";</li>
 *   <li>INVESTIGATIONAL: "is / remains investigational|experimental", "available only in clinical
 *       trials", "in clinical trials only", "under investigation"; after a status label
 *       ("Current status:", "Regulatory status:") also "in phase II trials", "preclinical", ....</li>
 * </ul>
 * Not claims: questions; conditional or hypothetical wording ("Where regulatory approval exists",
 * "if the compound is not yet approved", "may be approved"); generic statements ("Approved
 * compounds may still carry risks", "other PD-1 inhibitors are approved for ..."); a bare approval
 * noun without a verb of having ("with approvals across ..."; those become
 * {@code IndicationMention}s). A sentence is split at ";" and contrastive conjunctions, so "approved
 * for type 2 diabetes but not approved for prostate cancer" gives an APPROVED and a NOT_APPROVED
 * claim; NOT_APPROVED and INVESTIGATIONAL parts of one sentence are merged into one claim
 * (NOT_APPROVED wins). The span is the sentence's.
 */
public final class ApprovalAnnotator implements Annotator {
    private static final int F = Pattern.CASE_INSENSITIVE;
    private static final Pattern STATUS_LABEL = Pattern.compile(
            "^[\\s\\W]*(?:(?:current|regulatory|approval|legal|market(?:ing)?|licensing|US|EU|FDA)\\s+)*status\\s*(?:\\([^)]*\\)\\s*)?[:\\-\u2013\u2014]\\s*", F);
    private static final Pattern CUE = Pattern.compile(
            "\\b(approved|licensed|authori[sz]ed|indicated|approvals?|authori[sz]ations?)\\b", F);
    private static final Pattern LOST = Pattern.compile(
            "\\bunapproved\\b|\\bno\\s+longer\\s+(?:[\\w-]+\\s+)?(?:approved|licensed|authori[sz]ed|available|marketed)\\b"
                    + "|\\b(?:approvals?|authori[sz]ations?|licen[cs]es?|indications?)\\b[^;]{0,60}?\\b(?:withdrawn|revoked|rescinded|suspended)\\b"
                    + "|\\bwithdrawn\\s+from\\s+the\\s+market\\b", F);
    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "\\b(?:may|might|could|would|will|should|can|expected|likely|hope[sd]?|hoping|potential(?:ly)?|seek(?:s|ing)?|sought"
                    + "|pending|await(?:s|ing)?|appl(?:y|ies|ied|ying)|submit(?:ted|s)?|fil(?:ed|ing)|pursu(?:e|ed|ing)|toward|towards"
                    + "|path|road|before|prior|eventual(?:ly)?|future|possible|possibly|anticipated|planned|intend\\w*|aim\\w*|need\\w*|require\\w*)\\b", F);
    private static final Pattern MODAL_AFTER = Pattern.compile(
            "^\\s*(?:[\\w-]+\\s+){0,3}?(?:is|was|are|remains?)?\\s*(?:pending|expected|anticipated|awaited|under\\s+review|being\\s+sought|possible)\\b", F);
    private static final Pattern GENERIC_NOUN_AFTER = Pattern.compile(
            "^\\s*(?:(?!(?:for|by|in|to|as|since|on|with|under|across|through|and|or)\\b)[\\w-]+\\s+){0,2}"
                    + "(?:compounds?|drugs?|medications?|medicines?|treatments?|therap(?:y|ies)|products?|options?|agents?|uses?"
                    + "|indications?|labels?|labell?ing|dos(?:e|es|ing)|alternatives?|immunotherap(?:y|ies)|chemotherap(?:y|ies)"
                    + "|inhibitors?|regimens?|versions?|biosimilars?|generics?|antibod(?:y|ies)|care|standards?|population)\\b", F);
    private static final Pattern COPULA_ARTICLE_BEFORE = Pattern.compile(
            "\\b(?:is|was|are|were|remains?|became|becomes)\\s+(?:an?|the|one)\\s+(?:of\\s+the\\s+)?(?:[\\w]+[\\s-]+){0,2}$", F);
    private static final Pattern GENERIC_SUBJECT = Pattern.compile(
            "\\b(?:other|another|similar|several|many|some|most|various|alternative|existing|standard|these|those|such|comparable|related|few)\\b"
                    + "|\\b(?:drugs|compounds|treatments|therapies|medications|medicines|agents|options|inhibitors|antibodies|products|immunotherapies|chemotherapies)\\b", F);
    private static final Pattern POSSESSION_BEFORE = Pattern.compile(
            "\\b(?:receiv(?:ed|es|e|ing)|has|have|had|holds?|held|obtain(?:ed|s)?|gain(?:ed|s)?|won|wins|secur(?:ed|es)|earn(?:ed|s)"
                    + "|carr(?:ies|y|ied)|achiev(?:ed|es)|granted|given|its|their)\\b|'s\\s", F);
    private static final Pattern GRANTED_AFTER = Pattern.compile(
            "^\\s*(?:[\\w-]+\\s+){0,5}?(?:was|were|has\\s+been|have\\s+been)\\s+(?:granted|given|obtained|received)\\b", F);
    /** "does not signify / mean / guarantee approval": approval named as a concept, not a status. */
    private static final Pattern CONCEPT_BEFORE = Pattern.compile(
            "\\b(?:signif(?:y|ies)|signal(?:s)?|mean(?:s)?|impl(?:y|ies)|guarantee(?:s)?|indicate(?:s)?|equal(?:s)?|constitute(?:s)?"
                    + "|represent(?:s)?|confer(?:s)?|same\\s+as|equivalent\\s+to|substitute\\s+for|lead\\s+to|result\\s+in)\\b", F);
    private static final Pattern INVESTIGATIONAL = Pattern.compile(
            "\\b(?:is|are|remains?|was|considered|regarded\\s+as|classified\\s+as|still|currently)\\s+"
                    + "(?:(?:currently|still|considered|regarded\\s+as|an?|the|largely|purely|strictly|only)\\s+){0,3}"
                    + "(?:investigational|experimental)\\b(?!\\s+(?:models?|data|animals?|studies|research|evidence|settings?|conditions?|design|systems?|results?))"
                    + "|\\b(?:available|used|given|offered|accessible|provided)\\s+only\\s+(?:in|through|via|within|as\\s+part\\s+of)\\s+(?:the\\s+context\\s+of\\s+)?(?:an?\\s+)?clinical\\s+(?:trials?|studies|research)\\b"
                    + "|\\bin\\s+clinical\\s+trials\\s+only\\b"
                    + "|\\bonly\\s+(?:available\\s+)?(?:in|through|via|within)\\s+(?:an?\\s+)?clinical\\s+trials?\\b"
                    + "|\\b(?:is|are|remains?)\\s+(?:still\\s+|currently\\s+)?under\\s+(?:clinical\\s+)?investigation\\b", F);
    private static final Pattern INVESTIGATIONAL_LABEL = Pattern.compile(
            "\\b(?:investigational|experimental|under\\s+(?:clinical\\s+)?investigation|in\\s+(?:[\\w/-]+\\s+){0,3}?(?:clinical\\s+)?(?:trials?|development|studies|testing)"
                    + "|pre-?clinical|research\\s+(?:use|only|stage)|being\\s+studied|under\\s+study)\\b", F);
    private static final Pattern NOT_AVAILABLE_LABEL = Pattern.compile(
            "\\bnot\\s+(?:yet\\s+)?(?:available|marketed|commercially\\s+available)\\b", F);
    private static final Pattern PENDING_LABEL = Pattern.compile(
            "\\b(?:pending|awaiting|under\\s+(?:regulatory\\s+|FDA\\s+|EMA\\s+|priority\\s+)?review|submitted|filed)\\b", F);
    private static final Pattern INTRO = Pattern.compile(
            "\\b(?:for(?:\\s+(?:the\\s+)?(?:treatment|management)\\s+of)?|to\\s+treat|as\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:treatment|therapy)\\s+(?:for|of|in)|in)\\b", F);
    private static final Pattern IN_NOT_INDICATION = Pattern.compile(
            "^\\s*(?:the\\s+)?(?:(?:19|20)\\d\\d|\\d|(?:early|mid|late)?[-\\s]*(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\\b|combination|addition|patients\\s+who|the\\s+(?:past|same)|many|several|more|over|some|most|both|all|at\\s+least)", F);
    private static final Pattern LIST_END = Pattern.compile(
            "[;.](?:\\s|$)|\\b(?:but|while|whereas|although|though|however|which|who|whose|where|when|because|since|based\\s+on|following|after|until"
                    + "|in\\s+combination|as\\s+of|as\\s+a|under|by\\s+the|through|via|due\\s+to|(?:19|20)\\d\\d)\\b"
                    + "|(?<!patients|people|adults|individuals|those|children)\\s+with\\b"
                    + "|(?:,|\\band\\b)\\s+(?:is|has|was|were|are|have|it|its|remains|also|received|showed|had)\\b"
                    + "|,\\s+[\\w-]+\\s+(?:is|are|was|were|has|have|had|remains|can|may|will|should|shows|showed)\\b"
                    + "|\\s(?:is|are|was|were|has|have|had|that|can|may|will)\\s"
                    + "|\\bin\\s+(?:the\\s+)?(?:US|U\\.S\\.|EU|UK|United|Europe|Canada|Japan|Australia|China)\\b", F);
    private static final Pattern SPLIT = Pattern.compile(",|;|&|\\band\\b|\\bor\\b|\\bas\\s+well\\s+as\\b|\\bplus\\b", F);
    private static final Pattern FILLER_LEAD = Pattern.compile(
            "^(?:(?:and|or|as\\s+well\\s+as|including|include|includes|both|either|also|certain|some|several|specific|selected|the|a|an|adult|pediatric)\\s+"
                    + "|(?:the\\s+)?(?:treatment|management)\\s+of\\s+|(?:adult\\s+)?(?:patients|people|adults|individuals|children)\\s+(?:with|who\\s+have)\\s+|use\\s+in\\s+)+", F);
    private static final Pattern NOT_AN_INDICATION = Pattern.compile(
            "^(?:use|uses|adults?|patients|people|children|treatment|therapy|this|that|it|them|marketing|sale|others|several|certain"
                    + "|(?:any|this|that|these|those|such|its|their|all|every|each|no|other)\\b.*"
                    + "|(?:the|a|an)(?:\\s+(?:other|specific|particular|single|same|given))?"
                    + "\\s+(?:indications?|uses?|conditions?|purposes?|applications?|diseases?|settings?|disorders?|populations?|situations?))$", F);

    /*
     * Keyword pre-checks on the clause's stretch of the folded sentence, each a necessary condition
     * for its (ASCII case-insensitive) pattern: every alternative of LOST holds "unapproved",
     * "longer" or withdrawn / revoked / rescinded / suspended; every one of CUE "approv",
     * "licensed", "authori" or "indicated"; every one of INVESTIGATIONAL "investigat" (-ional, -ion)
     * or "experimental", or else both "only" and "clinical" (the "only in clinical trials" wordings).
     */
    private static final String[] LOST_KEYS = {"unapproved", "longer", "withdrawn", "revoked", "rescinded", "suspended"};
    private static final String[] CUE_KEYS = {"approv", "licensed", "authori", "indicated"};
    private static final String[] INVESTIGATIONAL_KEYS = {"investigat", "experimental"};

    private static final Pattern GENERAL_LOSS = Pattern.compile("(?is).*\\b(?:unapproved|no\\s+longer|market)\\b.*");
    private static final Pattern INDICATED_FOR = Pattern.compile("(?is)\\s+(?:for|in|to\\s+treat)\\b.*");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern MARKS = Pattern.compile("[*_`]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,:;\"'\u201c]+|[\\s,:;.\"'\u201d]+$");

    private final Scope scope = new Scope(Negation.builtIn());
    private final IndicationMap indicationMap;
    private final Regulators regulators;
    private final ConditionCoverage coverage;

    public ApprovalAnnotator(Pack pack) {
        this.indicationMap = new IndicationMap(pack.mapping("indication-sites"));
        this.regulators = new Regulators(pack.mapping("regulators"));
        this.coverage = new ConditionCoverage(indicationMap, new TermIndex(pack.mapping("condition-sites"), 4),
                pack.lexicon("consistency-cancer-terms"));
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        ConditionCoverage.Condition condition = coverage.condition(page.condition());
        for (Prose.Item item : Prose.body(page)) claims(item, condition).forEach(facts);
    }

    /** A status found in clause [start, end); its indications are listed after offset {@code after}. */
    private record Part(ApprovalStatus status, int start, int end, int after) {
    }

    /** True when {@link #claims} of the sentence is not empty (without building the claims). */
    boolean hasClaim(Prose.Item item) {
        return !parts(item).isEmpty();
    }

    /** The approval claims of one body sentence (usually none or one). */
    private List<ApprovalClaim> claims(Prose.Item item, ConditionCoverage.Condition condition) {
        List<Part> parts = parts(item);
        if (parts.isEmpty()) return List.of();
        List<ApprovalClaim> out = new ArrayList<>();
        List<Part> negative = new ArrayList<>();
        for (Part p : parts) {
            if (p.status() == ApprovalStatus.APPROVED) {
                out.add(claim(item, p.status(), List.of(p), condition));
            } else {
                negative.add(p);
            }
        }
        if (!negative.isEmpty()) {
            ApprovalStatus s = negative.stream().anyMatch(p -> p.status() == ApprovalStatus.NOT_APPROVED)
                    ? ApprovalStatus.NOT_APPROVED : ApprovalStatus.INVESTIGATIONAL;
            out.add(claim(item, s, negative, condition));
        }
        return out;
    }

    /** The status parts of one body sentence's clauses. */
    private List<Part> parts(Prose.Item item) {
        if (!mayHoldClaim(item.folded())) return List.of();
        String t = item.text();
        if (Prose.isQuestion(t)) return List.of();
        Matcher label = STATUS_LABEL.matcher(t);
        boolean labelled = label.find();
        int from = labelled ? label.end() : 0;
        // the level phrase of an evidence-level statement ("classified as: regulatory-approved ...")
        // is the EvidenceLevelClaim's business, not a status statement
        int level = EvidenceLevelAnnotator.phraseStart(item);
        int upTo = level == Integer.MIN_VALUE ? t.length() : level >= 0 ? level : -level - 1;
        List<Part> parts = new ArrayList<>();
        for (int[] c : Prose.clauses(t, item.folded(), from)) {
            if (c[0] >= upTo) break;
            Part p = clause(item, c[0], Math.min(c[1], upTo), labelled);
            if (p != null) parts.add(p);
        }
        return parts;
    }

    private ApprovalClaim claim(Prose.Item item, ApprovalStatus status, List<Part> parts, ConditionCoverage.Condition condition) {
        Set<String> ind = new LinkedHashSet<>();
        Set<String> sites = new LinkedHashSet<>();
        StringBuilder where = new StringBuilder();
        for (Part p : parts) {
            Listing l = indicationsAfter(item, p.after(), p.end());
            ind.addAll(l.items());
            sites.addAll(l.sites());
            where.append(item.text(), p.start(), p.end()).append(" ; ");
        }
        String jurisdiction = regulators.jurisdiction(where);
        if (jurisdiction.isEmpty()) jurisdiction = regulators.jurisdiction(item.text());
        List<String> indications = List.copyOf(ind);
        return new ApprovalClaim(item.sentence().span(), status, jurisdiction, indications, List.copyOf(sites),
                coverage.covers(indications, condition), item.sectionKey());
    }

    private Part clause(Prose.Item item, int cs, int ce, boolean labelled) {
        String t = item.text();
        String folded = item.folded();
        Matcher lost = LOST.matcher(t).region(cs, ce);
        if (Prose.containsIn(folded, cs, ce, LOST_KEYS) && lost.find() && !scope.hypothetical(t, lost.start())) {
            // "approval for TNBC was withdrawn" names what was lost; a bare "this indication was
            // withdrawn" refers back to something else and is no status claim of its own
            Part p = part(item, ApprovalStatus.NOT_APPROVED, cs, ce, lost.start());
            boolean general = GENERAL_LOSS.matcher(lost.group()).matches();
            if (general || !indicationsAfter(item, p.after(), ce).items().isEmpty()) return p;
            return null;
        }
        Matcher cue = CUE.matcher(t).region(cs, ce);
        boolean mayCue = Prose.containsIn(folded, cs, ce, CUE_KEYS);
        while (mayCue && cue.find()) {
            int s = cue.start();
            int e = cue.end();
            String word = cue.group(1).toLowerCase();
            boolean noun = word.startsWith("approval") || word.startsWith("authori") && word.contains("ation");
            if (word.equals("indicated") && !INDICATED_FOR.matcher(t.substring(e, ce)).matches()) continue;
            if (scope.hypothetical(t, s)) continue;
            if (MODAL_BEFORE.matcher(window(t, cs, s, 4)).find()) continue;
            if (noun && CONCEPT_BEFORE.matcher(window(t, cs, s, 4)).find()) continue;
            if (scope.negated(t, s, e)) return part(item, ApprovalStatus.NOT_APPROVED, cs, ce, e);
            if (MODAL_AFTER.matcher(t.substring(e, ce)).find()) {
                if (labelled && noun) return part(item, ApprovalStatus.NOT_APPROVED, cs, ce, e);
                continue;
            }
            if (GENERIC_SUBJECT.matcher(window(t, cs, regulatorPrefixStart(t, cs, s), 6)).find()) continue;
            if (noun) {
                boolean asserted = POSSESSION_BEFORE.matcher(window(t, cs, s, 6)).find()
                        || GRANTED_AFTER.matcher(t.substring(e, ce)).find()
                        || labelled && Prose.words(t, cs, s) <= 2;
                if (!asserted) continue;
            } else if (GENERIC_NOUN_AFTER.matcher(t.substring(e, ce)).find()
                    && !COPULA_ARTICLE_BEFORE.matcher(t.substring(cs, s)).find()) {
                continue;
            }
            return part(item, ApprovalStatus.APPROVED, cs, ce, e);
        }
        Matcher inv = INVESTIGATIONAL.matcher(t).region(cs, ce);
        boolean mayInv = Prose.containsIn(folded, cs, ce, INVESTIGATIONAL_KEYS)
                || Prose.containsIn(folded, cs, ce, "only") && Prose.containsIn(folded, cs, ce, "clinical");
        while (mayInv && inv.find()) {
            if (!scope.hypothetical(t, inv.start()) && !scope.negated(t, inv.start(), inv.end())) {
                return part(item, ApprovalStatus.INVESTIGATIONAL, cs, ce, inv.end());
            }
        }
        if (labelled) {
            Matcher m = INVESTIGATIONAL_LABEL.matcher(t).region(cs, ce);
            while (m.find()) {
                if (!scope.negated(t, m.start(), m.end())) return part(item, ApprovalStatus.INVESTIGATIONAL, cs, ce, m.end());
            }
            if ((m = NOT_AVAILABLE_LABEL.matcher(t).region(cs, ce)).find()) {
                return part(item, ApprovalStatus.INVESTIGATIONAL, cs, ce, m.end());
            }
            if ((m = PENDING_LABEL.matcher(t).region(cs, ce)).find()) {
                return part(item, ApprovalStatus.NOT_APPROVED, cs, ce, m.end());
            }
        }
        return null;
    }

    /**
     * Cheap superset test run before the clause patterns: a clause gives a part only through
     * {@link #LOST} (every alternative holds "approv", "longer" or one of withdrawn / revoked /
     * rescinded / suspended), {@link #CUE} ("approv", "licensed", "authori", "indicated"),
     * {@link #INVESTIGATIONAL} ("investigat", "experimental" or "only") or, after a status label
     * (which holds "status"), the label patterns. The patterns are ASCII case-insensitive, so the
     * literals are looked for in the sentence's {@link Prose.Item#folded() folded} text.
     */
    private static boolean mayHoldClaim(String folded) {
        return CLAIM_CUES.anyIn(folded);
    }

    private static final Keywords CLAIM_CUES = Keywords.of("status", "approv", "longer", "withdrawn", "revoked", "rescinded",
            "suspended", "licensed", "authori", "indicated", "investigat", "experimental", "only");

    private static final Pattern REGULATOR_PREFIX = Pattern.compile("(?:[A-Z]{2,5}|U\\.S\\.)[\\s-]+$");

    /** Where a "FDA-" / "EMA " prefix of the cue starts, so it is not read as the subject. */
    private static int regulatorPrefixStart(String t, int cs, int s) {
        Matcher m = REGULATOR_PREFIX.matcher(t.substring(cs, s));
        return m.find() ? cs + m.start() : s;
    }

    /** The last {@code n} words of [from, to). */
    private static String window(String t, int from, int to, int n) {
        int i = to;
        int words = 0;
        boolean in = false;
        while (i > from) {
            boolean w = Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '\'';
            if (w && !in) {
                if (words == n) break;
                words++;
            }
            in = w;
            i--;
        }
        return t.substring(i, to);
    }

    /** The indications are listed only for the claims ({@link #hasClaim} needs none). */
    private Part part(Prose.Item item, ApprovalStatus status, int cs, int ce, int after) {
        return new Part(status, cs, ce, after);
    }

    /** The indications of a list as written, and the sites of the whole list ("ovarian and breast cancers"). */
    private record Listing(List<String> items, List<String> sites) {
    }

    /** The indications listed after the cue: "for A, B, and C", "to treat A", "in A". */
    private Listing indicationsAfter(Prose.Item item, int from, int ce) {
        String t = item.text();
        Matcher intro = INTRO.matcher(t).region(from, ce);
        int start = -1;
        while (intro.find()) {
            if (intro.group().equalsIgnoreCase("in")) {
                String rest = t.substring(intro.end(), ce);
                int skip = rest.length() - rest.stripLeading().length();
                int at = intro.end() + skip;
                String lead = LEADING_THE.matcher(t.substring(at, ce)).replaceFirst("");
                int atNoThe = ce - lead.length();
                if (regulators.startsAt(t, atNoThe) || IN_NOT_INDICATION.matcher(rest).find()) continue;
            }
            start = intro.end();
            break;
        }
        if (start < 0) return new Listing(List.of(), List.of());
        String masked = maskParentheses(t);
        Matcher end = LIST_END.matcher(masked).region(start, ce);
        int stop = end.find() ? end.start() : ce;
        // one search serves both the split and the sites (IndicationMap.sites of the same text)
        List<IndicationMap.Hit> hits = indicationMap.find(masked.substring(start, stop));
        List<String> items = split(item.raw(), masked, start, stop, hits);
        return new Listing(items, items.isEmpty() ? List.of() : IndicationMap.sites(hits));
    }

    private List<String> split(String raw, String masked, int start, int stop, List<IndicationMap.Hit> hits) {
        List<int[]> protect = new ArrayList<>();
        for (IndicationMap.Hit h : hits) {
            protect.add(new int[] {start + h.start(), start + h.end()});
        }
        List<String> out = new ArrayList<>();
        Matcher m = SPLIT.matcher(masked).region(start, stop);
        int from = start;
        while (true) {
            boolean found = m.find();
            int cut = found ? m.start() : stop;
            if (found && protect.stream().anyMatch(p -> cut >= p[0] && cut < p[1])) continue;
            add(out, raw, masked, from, cut);
            if (!found) break;
            from = m.end();
        }
        return out;
    }

    private static void add(List<String> out, String raw, String masked, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) sb.append(masked.charAt(i) == '\u0000' ? ' ' : raw.charAt(i));
        String item = SPACES.matcher(MARKS.matcher(sb).replaceAll(" ")).replaceAll(" ").strip();
        item = FILLER_LEAD.matcher(item).replaceFirst("");
        item = EDGE_PUNCTUATION.matcher(item).replaceAll("");
        if (item.isEmpty() || !item.chars().anyMatch(Character::isLetter) || NOT_AN_INDICATION.matcher(item).matches()) return;
        if (!out.contains(item)) out.add(item);
    }

    /** Parenthesised text replaced by NUL characters (same length), so lists ignore asides. */
    private static String maskParentheses(String t) {
        char[] c = t.toCharArray();
        int depth = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '(') depth++;
            if (depth > 0) {
                if (c[i] == ')') depth--;
                c[i] = '\u0000';
            }
        }
        return new String(c);
    }
}
