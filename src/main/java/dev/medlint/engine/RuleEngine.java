package dev.medlint.engine;

import dev.medlint.pack.Pack;
import dev.medlint.pack.RuleFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Builds a pack's rule base once per process (from the executable model precompiled at build time
 * for the bundled pack, or by compiling DRL) and runs one session per page. Thread-safe: the
 * KieBase is shared, sessions are not.
 */
public final class RuleEngine {
    private static final java.util.regex.Pattern PACKAGE = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final java.util.regex.Pattern RULE_NAME = java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private final KieBase kieBase;
    /**
     * Sessions are reused: disposing a pooled session resets it (working memory, agenda, globals)
     * and returns it, which is a fifth of the rules' time per page cheaper than building a new
     * one. The pool is thread-safe and grows to the number of threads using it.
     */
    private final KieSessionsPool sessions;
    private final Map<String, RuleMeta> rules;
    private final boolean precompiled;

    private RuleEngine(KieBase kieBase, Map<String, RuleMeta> rules, boolean precompiled) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = rules;
        this.precompiled = precompiled;
    }

    /** True when the rule base came from the build-time executable model rather than DRL compiled now. */
    public boolean precompiled() {
        return precompiled;
    }

    /** Rule metadata by id, sorted by id. */
    public Map<String, RuleMeta> rules() {
        return rules;
    }

    /**
     * The pack's rule base: the executable model precompiled at build time when the pack's DRL
     * files are byte for byte the ones it was generated from (the bundled pack, or an unmodified
     * copy of it), otherwise the DRL compiled now. Both give the same rules and metadata.
     */
    public static RuleEngine compile(Pack pack) throws RuleEngineException {
        Optional<KieBase> precompiled = PrecompiledModel.load(pack.ruleFiles());
        if (precompiled.isPresent()) return new RuleEngine(precompiled.get(), collectMeta(precompiled.get(), fileByRuleName(pack)), true);
        return compileDrl(pack);
    }

    /**
     * Builds a rule base on a thread of its own, as {@link #compile} would, and warms it up
     * ({@link #warmUp}). The pack may still be loading: with {@code bundled}, the precompiled
     * model starts building at once and is used if the pack turns out to be the one it was made
     * from (otherwise the pack's DRL is compiled, as ever). A pack that fails to load leaves the
     * result failed with that error; the caller reports it.
     */
    public static CompletableFuture<RuleEngine> buildAsync(CompletableFuture<Pack> pack, boolean bundled) {
        CompletableFuture<RuleEngine> engine = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                Optional<KieBase> early = bundled ? PrecompiledModel.build() : Optional.empty();
                Pack p = pack.join();
                RuleEngine built = early.isPresent() && PrecompiledModel.matches(p.ruleFiles())
                        ? new RuleEngine(early.get(), collectMeta(early.get(), fileByRuleName(p)), true)
                        : compile(p);
                built.warmUp();
                engine.complete(built);
            } catch (CompletionException e) {
                engine.completeExceptionally(e.getCause() == null ? e : e.getCause());
            } catch (RuleEngineException | RuntimeException | LinkageError e) {
                engine.completeExceptionally(e);
            }
        }, "medlint-rule-base");
        builder.setDaemon(true); // never keeps a finished run alive
        builder.start();
        return engine;
    }

    private static Map<String, String> fileByRuleName(Pack pack) {
        Map<String, String> fileByRuleName = new HashMap<>();
        for (RuleFile f : pack.ruleFiles()) {
            java.util.regex.Matcher pkg = PACKAGE.matcher(f.text());
            String packageName = pkg.find() ? pkg.group(1) : "";
            java.util.regex.Matcher m = RULE_NAME.matcher(f.text());
            while (m.find()) fileByRuleName.put(packageName + "/" + m.group(1), f.display());
        }
        return fileByRuleName;
    }

    /** Always compiles the pack's DRL at run time (the path {@code --rules DIR} takes for edited packs). */
    public static RuleEngine compileDrl(Pack pack) throws RuleEngineException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> shownByKiePath = new HashMap<>();
        for (RuleFile drl : pack.ruleFiles()) {
            String kiePath = "src/main/resources/medlint/" + drl.name();
            shownByKiePath.put(kiePath, drl.display());
            shownByKiePath.put(kiePath.substring("src/main/resources/".length()), drl.display());
            kfs.write(kiePath, drl.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Message m : errors) {
                String file = m.getPath() == null ? "" : shownByKiePath.getOrDefault(m.getPath(), m.getPath());
                String text = m.getText() == null ? "" : m.getText().replaceAll("\\s+", " ").strip();
                lines.add(file + ":" + Math.max(1, m.getLine()) + ": " + text);
            }
            throw new RuleEngineException(String.join(System.lineSeparator(), lines));
        }
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        KieBase base = container.getKieBase();
        return new RuleEngine(base, collectMeta(base, fileByRuleName(pack)), false);
    }

    private static Map<String, RuleMeta> collectMeta(KieBase base, Map<String, String> fileByRuleName) throws RuleEngineException {
        Map<String, RuleMeta> byId = new TreeMap<>();
        List<Rule> all = base.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .sorted(Comparator.comparing(Rule::getName)).toList();
        List<String> ruleIdsSeen = new ArrayList<>();
        for (Rule r : all) {
            Map<String, Object> md = r.getMetaData();
            String file = fileOf(r, fileByRuleName);
            Object id = md.get("id");
            if (id == null) throw new RuleEngineException(file + ": rule \"" + r.getName() + "\" has no @id(...)");
            ruleIdsSeen.add(String.valueOf(id));
            if (md.get("severity") == null) continue; // a second rule of the same id carries only @id
            String sid = String.valueOf(id);
            if (byId.containsKey(sid)) {
                throw new RuleEngineException(file + ": rule id '" + sid + "' has @severity on more than one rule");
            }
            Severity sev = Severity.parse(String.valueOf(md.get("severity"))).orElseThrow(() -> new RuleEngineException(
                    file + ": rule \"" + r.getName() + "\": @severity must be error, warning or info"));
            String category = text(md, "category");
            List<String> tags = new ArrayList<>();
            if (!category.isEmpty()) tags.add(category);
            for (String t : text(md, "tags").split("[,\\s]+")) if (!t.isBlank() && !tags.contains(t)) tags.add(t);
            byId.put(sid, new RuleMeta(sid, sev, category, text(md, "summary"), text(md, "details"), text(md, "help"),
                    text(md, "fires"), text(md, "quiet"), text(md, "example"), tags, file));
        }
        for (String id : ruleIdsSeen) {
            if (!byId.containsKey(id)) throw new RuleEngineException("rule id '" + id + "' has no rule with @severity(...) and its metadata");
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    private static String fileOf(Rule r, Map<String, String> fileByRuleName) {
        return fileByRuleName.getOrDefault(r.getPackageName() + "/" + r.getName(), r.getPackageName());
    }

    private static String text(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) return "";
        // DRL annotation strings keep the layout of the source; fold it into one paragraph.
        return Arrays.stream(String.valueOf(v).split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** Runs the rules over one page's facts; findings sorted by position then rule id. */
    /**
     * Opens, fires and closes one session over no facts, with its findings thrown away: the first
     * session of a process loads and links a few hundred classes of the engine, and doing that on
     * the thread that built the rule base keeps it off the path of the first page.
     */
    public void warmUp() {
        dev.medlint.page.Page empty = new dev.medlint.page.Page("", "", new dev.medlint.page.LineIndex(""), Map.of(), "", "", "", List.of());
        try {
            run(new FindingSink(empty, rules), List.of());
        } catch (RuntimeException e) {
            // Only a warm-up: a rule of someone's pack that cannot cope with an empty session is
            // not an error here; on a real page it is reported against that page.
        }
    }

    public List<Finding> run(FindingSink sink, Collection<?> facts) {
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("findings", sink);
            for (Object f : facts) session.insert(f);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        List<Finding> out = sink.findings();
        out.sort(Comparator.comparing(Finding::span).thenComparing(Finding::ruleId).thenComparing(Finding::message));
        return out;
    }
}
