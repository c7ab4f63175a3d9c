package dev.medlint.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Static checks of the files that wire medlint into GitHub and pre-commit: every YAML file under
 * {@code .github/}, {@code .pre-commit-hooks.yaml}, and the YAML examples in {@code docs/ci.md}.
 * Nothing here runs GitHub Actions; it catches what breaks them silently or unsafely: malformed
 * YAML, a {@code uses:} GitHub cannot resolve, an input read but never declared, a script that
 * calls a launcher or jar that does not exist or is never built, a SARIF upload without
 * {@code security-events: write}, and expressions interpolated into shell scripts.
 */
class GithubFilesTest {

    private static final Path ROOT = findRoot();
    private static final Path ACTION = ROOT.resolve(".github/actions/medlint/action.yml");
    private static final Path WORKFLOWS = ROOT.resolve(".github/workflows");
    private static final Path HOOKS = ROOT.resolve(".pre-commit-hooks.yaml");
    private static final Path DOCS = ROOT.resolve("docs/ci.md");

    /** {@code owner/repo@ref} or {@code owner/repo/path@ref}. */
    private static final Pattern REMOTE_ACTION = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*@([A-Za-z0-9._/-]+)");
    /** A release tag (v4, v3.2, v0.1.0) or a full commit SHA: never a branch. */
    private static final Pattern PINNED_REF = Pattern.compile("v\\d+(\\.\\d+){0,2}|[0-9a-f]{40}");
    /** Expressions that must reach a script through env, never inline (script injection). */
    private static final Pattern UNSAFE_IN_SCRIPT = Pattern.compile(
            "\\$\\{\\{[^}]*?\\b(inputs\\.|github\\.event\\.|github\\.head_ref\\b)");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern INPUT_REF = Pattern.compile("\\binputs\\.([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern STEP_OUTPUT_REF =
            Pattern.compile("\\bsteps\\.([A-Za-z_][A-Za-z0-9_-]*)\\.outputs\\.([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern STEP_OUTCOME_REF =
            Pattern.compile("\\bsteps\\.([A-Za-z_][A-Za-z0-9_-]*)\\.(outcome|conclusion)\\b");
    /** Lifecycle phases that run {@code package}, which builds target/medlint.jar (maven-shade). */
    private static final Pattern MVN_PACKAGE = Pattern.compile("\\bmvn\\b[^\\n]*\\b(package|verify|install|deploy)\\b");
    /** {@code var="$(cd "$GITHUB_ACTION_PATH/REL" && pwd)"}. */
    private static final Pattern ACTION_ROOT_VAR = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)=\"\\$\\(cd \"\\$\\{?GITHUB_ACTION_PATH}?/?([^\"]*)\" && pwd\\)\"");
    /** medlint check's options that take a value; anything else not starting with '-' is a path. */
    private static final Set<String> VALUED_OPTIONS = Set.of("-f", "--format", "-o", "--output", "--fail-on",
            "--max-warnings", "--include", "--exclude", "--rules", "--sarif-category", "--threads", "--config",
            "--baseline", "--write-baseline");
    private static final Set<String> HOOK_KEYS = Set.of("id", "name", "entry", "language", "files", "exclude",
            "types", "types_or", "exclude_types", "always_run", "fail_fast", "verbose", "pass_filenames",
            "require_serial", "description", "language_version", "minimum_pre_commit_version", "args", "stages");

    // ---------------------------------------------------------------- parsing

    static Stream<Path> yamlFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT.resolve(".github"))) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(HOOKS);
        return files.stream();
    }

    @Test
    void theExpectedFilesExist() {
        assertThat(yamlFiles()).contains(ACTION, WORKFLOWS.resolve("ci.yml"), HOOKS);
        assertThat(DOCS).isRegularFile();
    }

    @ParameterizedTest
    @MethodSource("yamlFiles")
    void isValidYaml(Path file) {
        Object doc = load(file);
        if (file.equals(HOOKS)) {
            assertThat(doc).as(rel(file)).isInstanceOf(List.class);
        } else {
            assertThat(doc).as(rel(file)).isInstanceOf(Map.class);
        }
    }

    @Test
    void docsYamlExamplesParse() {
        List<String> blocks = docsYamlBlocks();
        assertThat(blocks).as("```yaml blocks in docs/ci.md").hasSizeGreaterThanOrEqualTo(4);
        for (String block : blocks) {
            assertThat(loadString(block, "docs/ci.md")).as(block).isNotNull();
        }
    }

    // ---------------------------------------------------------------- uses:

    @Test
    void everyUsesNamesAPinnedActionOrAnExistingLocalAction() {
        SoftAssertions soft = new SoftAssertions();
        Map<String, Object> docs = new LinkedHashMap<>();
        yamlFiles().filter(p -> !p.equals(HOOKS)).forEach(p -> docs.put(rel(p), load(p)));
        List<String> blocks = docsYamlBlocks();
        for (int i = 0; i < blocks.size(); i++) {
            docs.put("docs/ci.md yaml block " + (i + 1), loadString(blocks.get(i), "docs/ci.md"));
        }
        int seen = 0;
        for (Map.Entry<String, Object> doc : docs.entrySet()) {
            for (String uses : valuesOfKey(doc.getValue(), "uses")) {
                seen++;
                soft.assertThat(usesProblem(uses)).as(doc.getKey() + ": uses: " + uses).isEmpty();
            }
        }
        soft.assertAll();
        assertThat(seen).isGreaterThan(5);
    }

    @Test
    void usesCheckRejectsWhatGithubCannotResolve() {
        assertThat(usesProblem("actions/checkout@v4")).isEmpty();
        assertThat(usesProblem("github/codeql-action/upload-sarif@v3")).isEmpty();
        assertThat(usesProblem("actions/checkout@" + "0123456789abcdef0123456789abcdef01234567")).isEmpty();
        assertThat(usesProblem("./.github/actions/medlint")).isEmpty();
        assertThat(usesProblem("actions/checkout")).isPresent();
        assertThat(usesProblem("checkout@v4")).isPresent();
        assertThat(usesProblem("actions/checkout@main")).isPresent();
        assertThat(usesProblem("./.github/actions/no-such-action")).isPresent();
        assertThat(usesProblem("<owner>/medlint/.github/actions/medlint@v1")).isPresent();
    }

    /** Why GitHub could not resolve {@code uses}, or why it is not pinned; empty when fine. */
    static Optional<String> usesProblem(String uses) {
        if (uses.startsWith("./")) {
            Path dir = ROOT.resolve(uses.substring(2)).normalize();
            boolean found = Files.isRegularFile(dir.resolve("action.yml")) || Files.isRegularFile(dir.resolve("action.yaml"));
            return found ? Optional.empty() : Optional.of("no action.yml in " + dir);
        }
        Matcher m = REMOTE_ACTION.matcher(uses);
        if (!m.matches()) {
            return Optional.of("not owner/repo[/path]@ref nor ./path");
        }
        if (!PINNED_REF.matcher(m.group(2)).matches()) {
            return Optional.of("ref '" + m.group(2) + "' is not a release tag or a commit SHA");
        }
        return Optional.empty();
    }

    @Test
    void everyUseOfTheMedlintActionPassesDeclaredInputsAndReadsDeclaredOutputs() {
        Map<String, Object> action = map(load(ACTION));
        Set<String> inputs = map(action.get("inputs")).keySet();
        Set<String> outputs = map(action.get("outputs")).keySet();
        SoftAssertions soft = new SoftAssertions();
        int uses = 0;
        List<Map<String, Object>> workflows = new ArrayList<>(workflowFiles().stream().map(p -> map(load(p))).toList());
        docsYamlBlocks().stream().map(b -> loadString(b, "docs/ci.md")).forEach(d -> {
            if (d instanceof Map<?, ?> m && m.containsKey("jobs")) {
                workflows.add(map(d));
            } else if (d instanceof List<?> steps) {
                // A fragment: a list of steps, as pasted into an existing job.
                workflows.add(Map.of("jobs", Map.of("fragment", Map.of("steps", steps))));
            }
        });
        for (Map<String, Object> wf : workflows) {
            for (Map.Entry<String, Object> job : map(wf.getOrDefault("jobs", Map.of())).entrySet()) {
                Map<String, Object> j = map(job.getValue());
                Map<String, Object> medlintSteps = new HashMap<>();
                for (Object s : list(j.getOrDefault("steps", List.of()))) {
                    Map<String, Object> step = map(s);
                    String u = String.valueOf(step.getOrDefault("uses", ""));
                    if (!isMedlintAction(u)) continue;
                    uses++;
                    Set<String> with = map(step.getOrDefault("with", Map.of())).keySet();
                    soft.assertThat(inputs).as(job.getKey() + ": with: of " + u).containsAll(with);
                    if (step.get("id") != null) medlintSteps.put(String.valueOf(step.get("id")), step);
                }
                for (String text : allStrings(j)) {
                    Matcher m = STEP_OUTPUT_REF.matcher(text);
                    while (m.find()) {
                        if (medlintSteps.containsKey(m.group(1))) {
                            soft.assertThat(outputs).as(job.getKey() + ": " + m.group()).contains(m.group(2));
                        }
                    }
                }
            }
        }
        soft.assertAll();
        assertThat(uses).as("uses of the medlint action in ci.yml and docs/ci.md").isGreaterThanOrEqualTo(3);
    }

    private static boolean isMedlintAction(String uses) {
        return uses.equals("./.github/actions/medlint") || uses.matches("[^/]+/medlint/\\.github/actions/medlint@.+");
    }

    // ---------------------------------------------------------------- composite action

    @Test
    void compositeActionDeclaresEverythingItReads() {
        Map<String, Object> action = map(load(ACTION));
        Map<String, Object> runs = map(action.get("runs"));
        assertThat(runs.get("using")).isEqualTo("composite");
        assertThat(action.get("name")).isNotNull();
        assertThat(action.get("description")).isNotNull();

        Set<String> declared = map(action.get("inputs")).keySet();
        Set<String> referenced = new LinkedHashSet<>();
        for (String text : allStrings(action)) {
            Matcher e = EXPRESSION.matcher(text);
            while (e.find()) {
                Matcher in = INPUT_REF.matcher(e.group(1));
                while (in.find()) referenced.add(in.group(1));
            }
        }
        assertThat(declared).as("declared inputs").containsAll(referenced);
        assertThat(referenced).as("inputs the action reads (none declared and unused)").containsAll(declared);
        assertThat(declared).contains("paths", "fail-on", "config", "sarif-file", "format", "java-version");

        List<Map<String, Object>> steps = list(runs.get("steps")).stream().map(GithubFilesTest::map).toList();
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> step : steps) {
            if (step.containsKey("run")) {
                assertThat(step.get("shell")).as("shell of step " + step.get("name")).isEqualTo("bash");
            }
            if (step.get("id") != null) byId.put(String.valueOf(step.get("id")), step);
        }
        // Every output maps to a step that writes it to $GITHUB_OUTPUT.
        Map<String, Object> outputs = map(action.get("outputs"));
        assertThat(outputs.keySet()).contains("exit-code", "sarif-file");
        for (Map.Entry<String, Object> out : outputs.entrySet()) {
            String value = String.valueOf(map(out.getValue()).get("value"));
            Matcher m = STEP_OUTPUT_REF.matcher(value);
            assertThat(m.find()).as("output " + out.getKey() + " = " + value).isTrue();
            Map<String, Object> step = byId.get(m.group(1));
            assertThat(step).as("step " + m.group(1)).isNotNull();
            String run = String.valueOf(step.get("run"));
            assertThat(run).contains(m.group(2) + "=").contains("$GITHUB_OUTPUT");
        }
    }

    @Test
    void compositeActionBuildsAndRunsMedlintFromItsOwnCheckout() {
        Path actionDir = ACTION.getParent();
        List<String> scripts = runScripts(map(map(load(ACTION)).get("runs")));
        boolean built = false;
        boolean ran = false;
        for (String script : scripts) {
            Map<String, Path> roots = new HashMap<>();
            Matcher assign = ACTION_ROOT_VAR.matcher(script);
            while (assign.find()) {
                Path root = actionDir.resolve(assign.group(2)).normalize();
                assertThat(root).as("$GITHUB_ACTION_PATH/" + assign.group(2)).isEqualTo(ROOT);
                roots.put(assign.group(1), root);
            }
            if (MVN_PACKAGE.matcher(script).find()) {
                assertThat(script).as("mvn must run in the action's checkout").containsPattern("cd \"\\$root\"");
                built = true;
            }
            for (Map.Entry<String, Path> root : roots.entrySet()) {
                Matcher use = Pattern.compile("\\$\\{?" + root.getKey() + "}?/([A-Za-z0-9._/-]+)").matcher(script);
                while (use.find()) {
                    String path = use.group(1);
                    if (path.startsWith("target/")) {
                        assertThat(built).as(path + " is used before a mvn package step built it").isTrue();
                        continue;
                    }
                    assertThat(root.getValue().resolve(path)).as("$" + root.getKey() + "/" + path).exists();
                    if (path.equals("medlint")) {
                        assertThat(Files.isExecutable(root.getValue().resolve(path))).as("launcher is executable").isTrue();
                        ran = true;
                    }
                }
            }
        }
        assertThat(built).as("a step builds the jar with mvn package").isTrue();
        assertThat(ran).as("a step runs the launcher").isTrue();
    }

    // ---------------------------------------------------------------- workflows

    @Test
    void workflowScriptsCallLaunchersThatExistAndJarsThatAreBuilt() throws IOException {
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).as("maven-shade writes target/medlint.jar")
                .contains("<finalName>medlint</finalName>");
        SoftAssertions soft = new SoftAssertions();
        int launcherCalls = 0;
        for (Path wf : workflowFiles()) {
            for (Map.Entry<String, Object> job : map(map(load(wf)).get("jobs")).entrySet()) {
                boolean built = false;
                for (String script : runScripts(map(job.getValue()))) {
                    for (List<String> command : commands(script)) {
                        String exe = command.get(0);
                        if (MVN_PACKAGE.matcher(String.join(" ", command)).find()) built = true;
                        if (exe.startsWith("./")) {
                            Path file = ROOT.resolve(exe.substring(2));
                            soft.assertThat(Files.isRegularFile(file) && Files.isExecutable(file))
                                    .as(rel(wf) + ": " + exe + " is an executable file of the repository").isTrue();
                            if (exe.equals("./medlint")) {
                                launcherCalls++;
                                built = true; // the launcher builds the jar when it is missing
                                for (String path : checkPaths(command)) {
                                    soft.assertThat(ROOT.resolve(path)).as(rel(wf) + ": path linted").exists();
                                }
                            }
                        }
                        if (command.stream().anyMatch(t -> t.contains("target/medlint.jar"))) {
                            soft.assertThat(built).as(rel(wf) + ": target/medlint.jar used before it is built").isTrue();
                        }
                    }
                }
            }
        }
        soft.assertAll();
        assertThat(launcherCalls).isGreaterThanOrEqualTo(2);
    }

    @Test
    void sarifUploadsHaveSecurityEventsWriteAndAFileAnEarlierStepWrote() {
        List<Map.Entry<String, Map<String, Object>>> workflows = new ArrayList<>();
        for (Path wf : workflowFiles()) workflows.add(Map.entry(rel(wf), map(load(wf))));
        for (String block : docsYamlBlocks()) {
            if (loadString(block, "docs/ci.md") instanceof Map<?, ?> m && m.containsKey("jobs")) {
                workflows.add(Map.entry("docs/ci.md", map(m)));
            }
        }
        SoftAssertions soft = new SoftAssertions();
        int uploads = 0;
        for (Map.Entry<String, Map<String, Object>> wf : workflows) {
            Object workflowPermissions = wf.getValue().get("permissions");
            for (Map.Entry<String, Object> job : map(wf.getValue().get("jobs")).entrySet()) {
                Map<String, Object> j = map(job.getValue());
                // Permissions set on a job replace the workflow's.
                Object permissions = j.containsKey("permissions") ? j.get("permissions") : workflowPermissions;
                StringBuilder before = new StringBuilder();
                for (Object s : list(j.getOrDefault("steps", List.of()))) {
                    Map<String, Object> step = map(s);
                    String uses = String.valueOf(step.getOrDefault("uses", ""));
                    if (uses.startsWith("github/codeql-action/upload-sarif@")) {
                        uploads++;
                        String where = wf.getKey() + " job " + job.getKey();
                        soft.assertThat(grants(permissions, "security-events")).as(where + ": security-events: write").isTrue();
                        Map<String, Object> with = map(step.getOrDefault("with", Map.of()));
                        String sarif = String.valueOf(with.get("sarif_file"));
                        soft.assertThat(with.get("category")).as(where + ": category").isNotNull();
                        soft.assertThat(before.toString()).as(where + ": an earlier step writes " + sarif)
                                .containsAnyOf("--output " + sarif, "sarif-file: " + sarif);
                        soft.assertThat(step.get("continue-on-error")).as(where + ": continue-on-error").isEqualTo(true);
                        soft.assertThat(String.valueOf(step.get("if"))).as(where + ": skipped on fork pull requests")
                                .contains("github.event.pull_request.head.repo.full_name");
                        checkStepReferences(soft, where, step, before.toString());
                    }
                    if (step.containsKey("run")) before.append(step.get("run")).append('\n');
                    if (step.containsKey("id")) before.append("id: ").append(step.get("id")).append('\n');
                    with(step).forEach((k, v) -> before.append(k).append(": ").append(v).append('\n'));
                }
            }
        }
        soft.assertAll();
        assertThat(uploads).as("upload-sarif steps in ci.yml and docs/ci.md").isGreaterThanOrEqualTo(2);
    }

    private static void checkStepReferences(SoftAssertions soft, String where, Map<String, Object> step, String before) {
        String condition = String.valueOf(step.get("if"));
        for (Pattern p : List.of(STEP_OUTPUT_REF, STEP_OUTCOME_REF)) {
            Matcher m = p.matcher(condition);
            while (m.find()) {
                soft.assertThat(before).as(where + ": step " + m.group(1) + " exists before the upload").contains("id: " + m.group(1));
            }
        }
    }

    @Test
    void ciWorkflowRunsTheReadmeTestsAndTheGates() {
        Map<String, Object> ci = map(load(WORKFLOWS.resolve("ci.yml")));
        assertThat(map(ci.get("on")).keySet()).contains("push", "pull_request");
        String scripts = map(ci.get("jobs")).values().stream()
                .flatMap(j -> runScripts(map(j)).stream()).collect(Collectors.joining("\n"));
        assertThat(scripts)
                .contains("mvn -B verify")
                .contains("./medlint check examples/ --format github --baseline examples/medlint-baseline.json")
                .contains("--format sarif --output medlint.sarif --fail-on never --sarif-category fixtures");
        List<String> uses = valuesOfKey(ci, "uses");
        assertThat(uses).contains("actions/checkout@v4", "actions/setup-java@v4", "actions/setup-node@v4",
                "github/codeql-action/upload-sarif@v4");
    }

    // ---------------------------------------------------------------- script injection

    @Test
    void noScriptInterpolatesUntrustedExpressions() {
        SoftAssertions soft = new SoftAssertions();
        int scripts = 0;
        for (Path file : yamlFiles().filter(p -> !p.equals(HOOKS)).toList()) {
            for (String run : valuesOfKey(load(file), "run")) {
                scripts++;
                soft.assertThat(UNSAFE_IN_SCRIPT.matcher(run).find()).as(rel(file) + " run:\n" + run).isFalse();
            }
        }
        for (String block : docsYamlBlocks()) {
            for (String run : valuesOfKey(loadString(block, "docs/ci.md"), "run")) {
                soft.assertThat(UNSAFE_IN_SCRIPT.matcher(run).find()).as("docs/ci.md run:\n" + run).isFalse();
            }
        }
        soft.assertAll();
        assertThat(scripts).isGreaterThan(4);
    }

    @Test
    void injectionCheckFindsTheUnsafeForms() {
        assertThat(UNSAFE_IN_SCRIPT.matcher("echo ${{ inputs.paths }}").find()).isTrue();
        assertThat(UNSAFE_IN_SCRIPT.matcher("echo \"${{inputs.paths}}\"").find()).isTrue();
        assertThat(UNSAFE_IN_SCRIPT.matcher("echo ${{ github.event.pull_request.title }}").find()).isTrue();
        assertThat(UNSAFE_IN_SCRIPT.matcher("git checkout ${{ github.head_ref }}").find()).isTrue();
        assertThat(UNSAFE_IN_SCRIPT.matcher("echo \"$MEDLINT_PATHS\" ${{ runner.os }}").find()).isFalse();
    }

    // ---------------------------------------------------------------- pre-commit

    @Test
    void preCommitHookRunsTheLauncherOnPages() {
        List<Object> hooks = list(load(HOOKS));
        assertThat(hooks).hasSize(1);
        Map<String, Object> hook = map(hooks.get(0));
        assertThat(HOOK_KEYS).as("known hook keys").containsAll(hook.keySet());
        assertThat(hook).containsEntry("id", "medlint").containsEntry("name", "medlint")
                .containsEntry("language", "script").containsEntry("args", List.of("check"))
                .containsEntry("pass_filenames", true).containsEntry("require_serial", true);
        // A script hook's entry is a path relative to the hook repository's root.
        String entry = String.valueOf(hook.get("entry")).split("\\s+")[0];
        Path launcher = ROOT.resolve(entry);
        assertThat(Files.isRegularFile(launcher) && Files.isExecutable(launcher)).as(entry + " is executable").isTrue();

        Pattern files = Pattern.compile(String.valueOf(hook.get("files")));
        for (String page : List.of("docs/a.md", "b.markdown", "notes/c.txt", "dir.md/page.txt")) {
            assertThat(files.matcher(page).find()).as(page).isTrue();
        }
        for (String other : List.of("Main.java", "README.md.bak", "md", "a.mdx", "txt/file.json")) {
            assertThat(files.matcher(other).find()).as(other).isFalse();
        }
    }

    @Test
    void docsPreCommitExampleNamesTheManifestsHook() {
        Set<String> ids = list(load(HOOKS)).stream().map(h -> String.valueOf(map(h).get("id"))).collect(Collectors.toSet());
        int configs = 0;
        for (String block : docsYamlBlocks()) {
            if (loadString(block, "docs/ci.md") instanceof Map<?, ?> m && m.containsKey("repos")) {
                configs++;
                for (Object r : list(m.get("repos"))) {
                    Map<String, Object> repo = map(r);
                    assertThat(String.valueOf(repo.get("repo"))).startsWith("https://github.com/").endsWith("/medlint");
                    assertThat(repo.get("rev")).isNotNull();
                    for (Object h : list(repo.get("hooks"))) {
                        assertThat(ids).contains(String.valueOf(map(h).get("id")));
                    }
                }
            }
        }
        assertThat(configs).isGreaterThanOrEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("pom.xml"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("no pom.xml above " + Path.of("").toAbsolutePath());
        return dir;
    }

    private static String rel(Path p) {
        return ROOT.relativize(p).toString();
    }

    private static List<Path> workflowFiles() {
        return yamlFiles().filter(p -> p.startsWith(WORKFLOWS)).toList();
    }

    private static Object load(Path file) {
        try {
            return loadString(Files.readString(file, StandardCharsets.UTF_8), rel(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object loadString(String yaml, String label) {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(false).build();
        return new Load(settings).loadFromString(yaml);
    }

    /** The ```yaml fenced blocks of docs/ci.md, with the fence's indentation removed. */
    static List<String> docsYamlBlocks() {
        List<String> blocks = new ArrayList<>();
        String indent = null;
        StringBuilder block = null;
        try {
            for (String line : Files.readAllLines(DOCS, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (block == null) {
                    if (trimmed.equals("```yaml")) {
                        indent = line.substring(0, line.indexOf('`'));
                        block = new StringBuilder();
                    }
                } else if (trimmed.equals("```")) {
                    blocks.add(block.toString());
                    block = null;
                } else {
                    block.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocks;
    }

    /** Every string value stored under {@code key}, at any depth. */
    private static List<String> valuesOfKey(Object node, String key) {
        List<String> out = new ArrayList<>();
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (key.equals(k) && v instanceof String s) out.add(s);
                out.addAll(valuesOfKey(v, key));
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> out.addAll(valuesOfKey(v, key)));
        }
        return out;
    }

    private static List<String> allStrings(Object node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                out.add(String.valueOf(k));
                out.addAll(allStrings(v));
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> out.addAll(allStrings(v)));
        } else if (node != null) {
            out.add(String.valueOf(node));
        }
        return out;
    }

    /** The {@code run:} scripts of a job or of a composite action's {@code runs}, in order. */
    private static List<String> runScripts(Map<String, Object> jobOrRuns) {
        return list(jobOrRuns.getOrDefault("steps", List.of())).stream()
                .map(GithubFilesTest::map)
                .filter(s -> s.get("run") instanceof String)
                .map(s -> (String) s.get("run"))
                .toList();
    }

    private static Map<String, Object> with(Map<String, Object> step) {
        return map(step.getOrDefault("with", Map.of()));
    }

    /**
     * The simple commands of a script: continuation lines joined, split at newlines, {@code ;},
     * {@code &&}, {@code ||} and {@code |}, then into words with quotes removed. Enough for the
     * plain one-liners of a workflow; not a shell parser.
     */
    static List<List<String>> commands(String script) {
        List<List<String>> out = new ArrayList<>();
        for (String part : script.replace("\\\n", " ").split("\\n|;|&&|\\|\\||\\|")) {
            String line = part.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            List<String> words = new ArrayList<>();
            for (String w : line.split("\\s+")) words.add(w.replace("\"", "").replace("'", ""));
            out.add(words);
        }
        return out;
    }

    /** The PATH arguments of a {@code medlint check} command. */
    static List<String> checkPaths(List<String> command) {
        List<String> paths = new ArrayList<>();
        int i = command.indexOf("check");
        if (i < 0) return paths;
        for (i = i + 1; i < command.size(); i++) {
            String w = command.get(i);
            if (VALUED_OPTIONS.contains(w)) {
                i++;
            } else if (!w.startsWith("-")) {
                paths.add(w);
            }
        }
        return paths;
    }

    private static boolean grants(Object permissions, String scope) {
        if ("write-all".equals(permissions)) return true;
        return permissions instanceof Map<?, ?> m && "write".equals(m.get(scope));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return (List<Object>) o;
    }
}
