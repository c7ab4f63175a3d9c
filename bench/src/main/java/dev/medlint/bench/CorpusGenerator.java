package dev.medlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a deterministic benchmark corpus: {@code N} pages of about 4 KB, alternating the CMS export
 * shape ({@code .txt}: title line, plain-line headings, no blank lines, no final newline) and
 * Markdown ({@code .md}: front matter, ATX headings, blank lines). Each page is a clean summary
 * assembled from a built-in phrase bank (compound, condition, sentences sampled per section) into
 * which violations of the 21 rules are injected at the rates in {@link #RATES}; {@code injected.tsv}
 * lists what each page was given. The same seed always gives the same bytes. For benchmarks only.
 *
 * <pre>java dev.medlint.bench.CorpusGenerator OUT_DIR [N=10000] [SEED=42] [RATE_SCALE=1.0]</pre>
 */
public final class CorpusGenerator {
    /** Probability that a page gets each rule's violation (times RATE_SCALE). */
    static final Map<String, Double> RATES = new LinkedHashMap<>();

    static {
        RATES.put("acronym-undefined", 0.30);
        RATES.put("ai-disclosure-missing", 0.10);
        RATES.put("approval-rct-contradiction", 0.12);
        RATES.put("citations-missing", 0.15);
        RATES.put("conditional-approval-boilerplate", 0.10);
        RATES.put("cure-claim", 0.08);
        RATES.put("disclaimer-incomplete", 0.08);
        RATES.put("disclaimer-missing", 0.05);
        RATES.put("dosing-information", 0.10);
        RATES.put("evidence-level-missing", 0.05);
        RATES.put("evidence-level-unrecognized", 0.05);
        RATES.put("evidence-status-mismatch", 0.08);
        RATES.put("hype-language", 0.10);
        RATES.put("indication-mismatch", 0.08);
        RATES.put("preclinical-limitation-mismatch", 0.08);
        RATES.put("reading-level-high", 0.10);
        RATES.put("required-section-missing", 0.05);
        RATES.put("review-date-missing", 0.10);
        RATES.put("treatment-directive", 0.08);
        RATES.put("trial-evidence-contradiction", 0.10);
        RATES.put("unsupported-safety-claim", 0.08);
    }

    /** A compound, what it is, and the conditions it is written about. */
    record Compound(String name, String kind, String action, List<Condition> conditions, List<String> trials,
                    String other) {
    }

    /** A condition; {@code approvedFor} is the indication list when the compound is approved for it. */
    record Condition(String name, String approvedFor, String site) {
    }

    static final List<Compound> COMPOUNDS = List.of(
            new Compound("Semaglutide", "an injected medicine that copies a gut hormone",
                    "It tells the brain that the body is full, so people tend to eat less.",
                    List.of(new Condition("Obesity", "chronic weight management in adults with obesity", "weight"),
                            new Condition("Type 2 Diabetes", "blood sugar control in adults with type 2 diabetes", "diabetes"),
                            new Condition("Heart Failure", "", "heart")),
                    List.of("STEP 1 trial", "SUSTAIN 6 trial"), "insulin"),
            new Compound("Metformin", "a tablet that has been used for diabetes for decades",
                    "It lowers the amount of sugar the liver releases into the blood.",
                    List.of(new Condition("Prostate Cancer", "", "prostate"),
                            new Condition("Type 2 Diabetes", "blood sugar control in adults with type 2 diabetes", "diabetes"),
                            new Condition("Polycystic Ovary Syndrome", "", "ovary")),
                    List.of("STAMPEDE trial", "MA.32 trial"), "hormone therapy"),
            new Compound("Lithium", "one of the oldest mood-stabilizing medicines",
                    "It changes how some brain cells send signals, which may calm extreme mood swings.",
                    List.of(new Condition("Bipolar Disorder", "the treatment of mania and long-term treatment of bipolar disorder", "mood"),
                            new Condition("Alzheimer's Disease", "", "brain")),
                    List.of("BALANCE trial"), "antidepressants"),
            new Compound("Pembrolizumab", "an immune checkpoint inhibitor given by drip",
                    "It releases a brake on immune cells so that they can find and attack cancer cells.",
                    List.of(new Condition("Non-Small Cell Lung Cancer", "non-small cell lung cancer, melanoma, and bladder cancer", "lung"),
                            new Condition("Melanoma", "melanoma, non-small cell lung cancer, and bladder cancer", "skin")),
                    List.of("KEYNOTE-189 trial", "KEYNOTE-024 trial"), "chemotherapy"),
            new Compound("Atezolizumab", "an immune checkpoint inhibitor given by drip",
                    "It blocks a protein that tumors use to hide from the immune system.",
                    List.of(new Condition("Small Cell Lung Cancer", "small cell lung cancer, liver cancer, and non-small cell lung cancer", "lung"),
                            new Condition("Stage IV Cancer", "non-small cell lung cancer, liver cancer, and melanoma", "lung")),
                    List.of("IMpower133 trial", "IMpower150 trial"), "chemotherapy"),
            new Compound("Curcumin", "the yellow pigment in turmeric",
                    "In the laboratory it changes several signals linked to swelling and cell growth.",
                    List.of(new Condition("Colorectal Cancer", "", "bowel"),
                            new Condition("Alzheimer's Disease", "", "brain"),
                            new Condition("Osteoarthritis", "", "joint")),
                    List.of(), "donepezil"),
            new Compound("Vitamin D", "a vitamin the skin makes in sunlight",
                    "It helps the body use calcium and may calm parts of the immune system.",
                    List.of(new Condition("Multiple Sclerosis", "", "nerve"),
                            new Condition("Osteoporosis", "", "bone")),
                    List.of("SOLAR trial", "VIDAMS trial"), "interferon beta"),
            new Compound("Psilocybin", "a compound found in some mushrooms",
                    "It acts on serotonin receptors in the brain and changes mood and perception for some hours.",
                    List.of(new Condition("Treatment-Resistant Depression", "", "mood"),
                            new Condition("Alcohol Use Disorder", "", "mood")),
                    List.of("COMP360 trial"), "antidepressants"),
            new Compound("Tirzepatide", "an injected medicine that acts on two gut hormone receptors",
                    "It slows stomach emptying and reduces appetite.",
                    List.of(new Condition("Type 2 Diabetes", "blood sugar control in adults with type 2 diabetes", "diabetes"),
                            new Condition("Obesity", "chronic weight management in adults with obesity", "weight")),
                    List.of("SURMOUNT-1 trial", "SURPASS-2 trial"), "insulin"),
            new Compound("Enzalutamide", "a tablet that blocks male hormone signals",
                    "It stops the androgen receptor from telling prostate cancer cells to grow.",
                    List.of(new Condition("Prostate Cancer", "prostate cancer that has spread or no longer responds to hormone therapy", "prostate")),
                    List.of("PREVAIL trial", "ARCHES trial"), "hormone therapy"));

    static final List<String> OVERVIEW = List.of(
            "This page sums up what published studies say about {C} for people with {D}.",
            "{C} is {K}.",
            "Researchers have asked whether it could help people living with {D}.",
            "The aim of this page is to help you talk with your care team.",
            "It explains what is known, what is not known, and what to ask.",
            "Some results look hopeful, while others are mixed.",
            "Many questions about {C} in {D} are still open.",
            "Each person is different, so results in studies may not match what happens to you.",
            "Reading about a treatment is a good first step, but it is not the same as advice for you.",
            "Below we look at how {C} may work and what studies have found so far.",
            "We also list the main limits of the research and some questions to ask.",
            "Words that may be new to you are explained along the way.");
    static final List<String> MECHANISM = List.of(
            "{A}",
            "Scientists study how a medicine works to judge whether it might help.",
            "In {D}, this effect could matter for how the illness grows or changes.",
            "These ideas come from lab work and from early studies in people.",
            "How well this works in the body is not always the same as in the lab.",
            "The body can break down or clear a medicine in ways that change its effect.",
            "Some people respond more than others, and the reasons are not fully known.",
            "Researchers are still testing which part of this effect matters most.",
            "Animal studies can point to an effect, but people are more complex than mice.",
            "The dose used in a lab dish is often far from what reaches the body.",
            "Some of these signals also play a part in other health problems.",
            "Understanding the effect helps researchers plan better studies in people.");
    static final List<String> EVIDENCE = List.of(
            "Studies in people with {D} have looked at {C} in several ways.",
            "Some studies were small and lasted only a few months.",
            "Other studies followed people for a year or more.",
            "Results were not the same in every group that was studied.",
            "Side effects were reported in some people, most often mild stomach upset.",
            "Researchers are still collecting data on long-term effects.",
            "Larger and longer studies would give clearer answers.",
            "Findings in one country may not apply in another.",
            "Some people stopped taking part before the end of the studies.",
            "Studies that compare two treatments side by side are rare for this use.",
            "Reviews that pool many studies found small to moderate effects.",
            "Results were often reported as averages, which can hide big differences between people.",
            "Few studies looked at older adults or people with several health problems.");
    static final List<String> STATUS = List.of(
            "Rules for medicines can differ from one country to another.",
            "Approval covers only the uses and groups of people named by the regulator.",
            "Doctors may still weigh risks and benefits for each person.",
            "Access can depend on where you live and on your insurance.",
            "Regulators review new data from time to time and can change their advice.",
            "Use outside the approved groups is a decision for you and your doctor.");
    static final List<String> LIMITS = List.of(
            "- Many studies were small, so results may change as more data comes in.",
            "- Results in a study may differ from results for one person.",
            "- Long-term effects are less certain than short-term ones.",
            "- People in studies may not be like you in age or health.",
            "- Some studies did not compare {C} with a dummy treatment.",
            "- Health factors such as other illnesses and other medicines can change what is right for you.",
            "- Studies paid for by makers of a product may report results in a more hopeful light.",
            "- Some results come from studies that looked back at records rather than testing a treatment.");
    static final List<String> PATIENTS = List.of(
            "- Ask your doctor whether {C} fits your health history.",
            "- Ask about side effects and how they are managed.",
            "- Bring a list of all the medicines you take.",
            "- Ask what the studies found for people like you.",
            "- Ask how your progress would be checked.",
            "- Ask whether a clinical trial near you is looking for people with {D}.",
            "- Ask what other choices exist and how they compare.",
            "- Ask who to call if you notice a new problem.");
    static final List<String> DENSE = List.of(
            "Pharmacological characterization of {C} demonstrates multifaceted immunomodulatory and metabolic interactions, substantially complicating straightforward extrapolation of preliminary investigational observations to heterogeneous populations with {D}.",
            "Comprehensive epidemiological investigations incorporating sophisticated multivariable statistical methodologies have nevertheless generated considerably inconsistent conclusions regarding therapeutic effectiveness, particularly concerning clinically meaningful longitudinal outcomes.",
            "Mechanistically, {C} is hypothesized to modulate intracellular signalling cascades, mitochondrial bioenergetics, and inflammatory transcriptional programmes, although definitive pharmacodynamic confirmation in representative populations remains conspicuously unavailable.",
            "Interpretation of accumulated observational evidence necessitates considerable methodological caution, considering confounding by indication, heterogeneous exposure quantification, and unavoidable publication biases.");
    static final List<String> ACRONYMS = List.of(
            "Some studies tracked NfL levels in the blood over time.",
            "Some studies measured TSH and other blood markers along the way.",
            "In the lab it switches on an enzyme called AMPK in some cells.",
            "People with heart disease may need an ECG before starting.",
            "Several trials tracked PFS as their main result.");

    static final List<String> DIRECTIVES = List.of(
            "- Replace your current medicine with {c}.",
            "- Start taking {c} alongside your current treatment.",
            "- Stop your {o} and use {c} instead.",
            "- Increase your {c} intake and stop your {o}.");

    private final SplittableRandom rnd;
    private final double scale;

    private CorpusGenerator(long seed, double scale) {
        this.rnd = new SplittableRandom(seed);
        this.scale = scale;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CorpusGenerator OUT_DIR [N=10000] [SEED=42] [RATE_SCALE=1.0]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        Map<String, Integer> counts = generate(out, n, seed, scale);
        System.err.printf(Locale.ROOT, "wrote %d pages to %s; injected:", n, out);
        counts.forEach((r, c) -> System.err.printf(Locale.ROOT, " %s=%d", r, c));
        System.err.println();
    }

    /**
     * Writes {@code n} pages ({@code page-00000.txt}, {@code page-00001.md}, ...) and
     * {@code injected.tsv} into {@code out}; returns how many pages got each rule's violation.
     */
    public static Map<String, Integer> generate(Path out, int n, long seed, double scale) throws IOException {
        Files.createDirectories(out);
        CorpusGenerator g = new CorpusGenerator(seed, scale);
        StringBuilder manifest = new StringBuilder("page\tinjected\n");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            boolean markdown = i % 2 == 1;
            List<String> injected = new ArrayList<>();
            String text = g.page(markdown, injected);
            String name = String.format(Locale.ROOT, "page-%05d.%s", i, markdown ? "md" : "txt");
            Files.write(out.resolve(name), text.getBytes(StandardCharsets.UTF_8));
            manifest.append(name).append('\t').append(String.join(",", injected)).append('\n');
            for (String r : injected) counts.merge(r, 1, Integer::sum);
        }
        Files.writeString(out.resolve("injected.tsv"), manifest.toString(), StandardCharsets.UTF_8);
        return counts;
    }

    private boolean hit(String rule, List<String> injected) {
        boolean yes = rnd.nextDouble() < RATES.get(rule) * scale;
        if (yes) injected.add(rule);
        return yes;
    }

    private static void relabel(List<String> labels, String rule, boolean present) {
        labels.remove(rule);
        if (present) labels.add(rule);
    }

    private <T> T pick(List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    /** {@code count} distinct sentences of a bank, in bank order, with the placeholders filled. */
    private List<String> sample(List<String> bank, int count, Compound c, Condition d) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) idx.add(i);
        for (int i = idx.size() - 1; i > 0; i--) java.util.Collections.swap(idx, i, rnd.nextInt(i + 1));
        List<Integer> chosen = new ArrayList<>(idx.subList(0, Math.min(count, idx.size())));
        java.util.Collections.sort(chosen);
        List<String> out = new ArrayList<>();
        for (int i : chosen) out.add(fill(bank.get(i), c, d));
        return out;
    }

    private static String fill(String s, Compound c, Condition d) {
        return s.replace("{C}", c.name()).replace("{D}", d.name().toLowerCase(Locale.ROOT))
                .replace("{K}", c.kind()).replace("{A}", c.action());
    }

    String page(boolean markdown, List<String> injected) {
        Compound c = pick(COMPOUNDS);
        Condition d = pick(c.conditions());
        boolean approved = !d.approvedFor().isEmpty();
        String C = c.name();
        String lc = C.toLowerCase(Locale.ROOT);

        // Decide the violations first, then write the sections.
        boolean acronym = hit("acronym-undefined", injected);
        boolean noAi = hit("ai-disclosure-missing", injected);
        boolean approvalRct = hit("approval-rct-contradiction", injected);
        boolean noCitation = hit("citations-missing", injected);
        boolean conditional = hit("conditional-approval-boilerplate", injected);
        boolean cure = hit("cure-claim", injected);
        boolean disclaimerIncomplete = hit("disclaimer-incomplete", injected);
        boolean noDisclaimer = hit("disclaimer-missing", injected);
        boolean dosing = hit("dosing-information", injected);
        boolean noLevel = hit("evidence-level-missing", injected);
        boolean badLevel = !noLevel && hit("evidence-level-unrecognized", injected);
        boolean statusMismatch = hit("evidence-status-mismatch", injected);
        boolean hype = hit("hype-language", injected);
        boolean indication = hit("indication-mismatch", injected);
        boolean preclinicalMismatch = hit("preclinical-limitation-mismatch", injected);
        boolean dense = hit("reading-level-high", injected);
        boolean dropSection = hit("required-section-missing", injected);
        boolean noDate = hit("review-date-missing", injected);
        boolean directive = hit("treatment-directive", injected);
        boolean trialContradiction = !c.trials().isEmpty() && hit("trial-evidence-contradiction", injected);
        boolean safety = hit("unsupported-safety-claim", injected);
        // Contradictions need an approval (or a trial) on the page to contradict.
        boolean showApproval = approved || approvalRct || conditional || indication || statusMismatch || preclinicalMismatch;
        String indications = approved ? d.approvedFor() : d.name().toLowerCase(Locale.ROOT);

        List<String> overview = new ArrayList<>(sample(OVERVIEW, 9, c, d));
        List<String> mechanism = new ArrayList<>(sample(MECHANISM, 9, c, d));
        List<String> evidence = new ArrayList<>(sample(EVIDENCE, 10, c, d));
        if (hype) overview.add(2, C + " is a breakthrough for people living with " + d.name().toLowerCase(Locale.ROOT) + ".");
        if (indication) overview.add(1, C + " has approvals across lung, liver, and breast cancers.");
        if (dense) {
            overview.addAll(1, sample(DENSE, 4, c, d));
            mechanism.addAll(0, sample(DENSE, 4, c, d));
            evidence.addAll(0, sample(DENSE, 4, c, d));
        }

        if (acronym) mechanism.add(2, pick(ACRONYMS));
        if (cure) mechanism.add(C + " permanently cures " + d.name().toLowerCase(Locale.ROOT) + " in most people who take it.");

        if (!noCitation) evidence.add(1, "One review summed up the main trials (https://doi.org/10.1000/medlint." + rnd.nextInt(100_000) + ").");
        if (trialContradiction || (approvalRct && !c.trials().isEmpty())) evidence.add(0, "The randomized phase 3 " + c.trials().get(0) + " compared " + lc + " with a dummy treatment in people with " + d.name().toLowerCase(Locale.ROOT) + ".");
        if (dosing) evidence.add(2, "In these studies " + lc + " was usually started at 300 mg twice daily and then adjusted.");
        String level;
        if (statusMismatch) level = "early clinical; phase I / phase II trial data";
        else if (showApproval) level = "regulatory-approved with clinical trial data";
        else level = pick(List.of("early clinical; phase I / phase II trial data", "observational studies", "preclinical"));
        if (badLevel) level = pick(List.of("promising", "Grade C", "moderate quality"));
        String classified = "The available evidence for " + C + " in " + d.name() + " is classified as: " + level + ".";
        if (approvalRct || trialContradiction) classified += " No large-scale randomized controlled trials have confirmed efficacy for this specific application.";
        if (!noLevel) evidence.add(classified);
        if (safety) evidence.add(C + " is completely safe, even at high doses.");

        List<String> status = new ArrayList<>();
        if (showApproval) status.add("Current status: FDA-approved for " + (indication && approved ? d.approvedFor().split(",")[0] : indications) + ".");
        else status.add("Current status: investigational; " + C + " is not approved for " + d.name().toLowerCase(Locale.ROOT) + ".");
        status.addAll(sample(STATUS, 4, c, d));

        List<String> limits = new ArrayList<>(sample(LIMITS, 5, c, d));
        if (preclinicalMismatch) limits.add(0, "- Much of the available data comes from preclinical studies (cell cultures and animal models), which do not always predict human outcomes.");

        List<String> patients = new ArrayList<>(sample(PATIENTS, 5, c, d));
        if (conditional) patients.add("- Ask about access programs or clinical trial enrollment if the compound is not yet approved.");
        if (directive) patients.add(0, pick(DIRECTIVES).replace("{c}", lc).replace("{o}", c.other()));

        List<String> closing = new ArrayList<>();
        if (!noAi) closing.add("This summary was drafted with AI assistance and checked by our editors.");
        if (!noDate) closing.add("Last reviewed: " + pick(List.of("January", "March", "June", "October")) + " 2026");

        String disclaimer = disclaimerIncomplete
                ? "This page is not medical advice and is shared for general information only."
                : "This page is not medical advice. Talk with a qualified healthcare professional about your own situation. Never start, stop, or change any treatment based on this page.";
        String footer = "Get a research report tailored to your case at example.org, where our editors collect published studies for patient and clinician conversations.";

        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("Overview", overview);
        sections.put("Mechanism of Action", mechanism);
        sections.put("Summary of Published Evidence", evidence);
        sections.put("Clinical and Regulatory Status", status);
        if (!dropSection) sections.put("Important Limitations", limits);
        sections.put("What Patients and Caregivers Should Know", patients);
        // Injections that cannot show (nothing to contradict, or hidden by a bigger gap) are not
        // labelled; a "no RCT" sentence contradicts both an approval and a named trial.
        boolean noRct = approvalRct || trialContradiction;
        boolean levelShown = !noLevel && !badLevel;
        relabel(injected, "approval-rct-contradiction", noRct && showApproval);
        relabel(injected, "trial-evidence-contradiction", noRct && !c.trials().isEmpty());
        relabel(injected, "evidence-status-mismatch", statusMismatch && levelShown);
        relabel(injected, "preclinical-limitation-mismatch", preclinicalMismatch && levelShown && !statusMismatch);
        relabel(injected, "disclaimer-incomplete", disclaimerIncomplete && !noDisclaimer);
        String title = "Overview: " + C + " and " + d.name();
        return markdown ? markdown(title, sections, closing, noDisclaimer ? "" : disclaimer, footer, noDate)
                : cms(title, sections, closing, noDisclaimer ? "" : disclaimer, footer);
    }

    private static String cms(String title, Map<String, List<String>> sections, List<String> closing, String disclaimer, String footer) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        sections.forEach((heading, body) -> {
            if (!heading.equals("Overview")) lines.add(heading);
            paragraphs(body, lines);
        });
        lines.addAll(closing);
        if (!disclaimer.isEmpty()) lines.add("Medical Disclaimer: " + disclaimer);
        lines.add(footer);
        return String.join("\n", lines); // the CMS export has no final newline
    }

    private static String markdown(String title, Map<String, List<String>> sections, List<String> closing, String disclaimer,
                                   String footer, boolean noDate) {
        StringBuilder sb = new StringBuilder();
        sb.append("---\ntitle: \"").append(title).append("\"\nauthor: Editorial team\n---\n\n# ").append(title).append("\n\n");
        sections.forEach((heading, body) -> {
            if (!heading.equals("Overview")) sb.append("## ").append(heading).append("\n\n");
            List<String> paras = new ArrayList<>();
            paragraphs(body, paras);
            for (String p : paras) sb.append(p).append(p.startsWith("- ") ? "\n" : "\n\n");
            if (!paras.isEmpty() && paras.get(paras.size() - 1).startsWith("- ")) sb.append('\n');
        });
        for (String l : closing) sb.append(l).append("\n\n");
        if (!disclaimer.isEmpty()) sb.append("## Medical Disclaimer\n\n").append(disclaimer).append("\n\n");
        sb.append("---\n\n").append(footer).append('\n');
        return sb.toString();
    }

    /** Groups prose sentences into paragraphs of up to three; bullets stay one a line. */
    private static void paragraphs(List<String> body, List<String> out) {
        StringBuilder para = new StringBuilder();
        int inPara = 0;
        for (String s : body) {
            if (s.startsWith("- ")) {
                if (inPara > 0) {
                    out.add(para.toString());
                    para.setLength(0);
                    inPara = 0;
                }
                out.add(s);
                continue;
            }
            if (inPara > 0) para.append(' ');
            para.append(s);
            if (++inPara == 3) {
                out.add(para.toString());
                para.setLength(0);
                inPara = 0;
            }
        }
        if (inPara > 0) out.add(para.toString());
    }

}
