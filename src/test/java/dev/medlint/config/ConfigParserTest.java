package dev.medlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.medlint.engine.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .medlint.yml: keys, values, overrides by glob, and errors that name the line. */
class ConfigParserTest {
    private static final Path FILE = Path.of("/repo/content/.medlint.yml");

    private static Config parse(String yaml) throws ConfigException {
        return ConfigParser.parse(yaml, FILE, "content/.medlint.yml");
    }

    private static String error(String yaml) {
        try {
            parse(yaml);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void readsEveryKey() throws ConfigException {
        Config c = parse("""
                # comment
                pack: ../packs/strict
                fail-on: warning
                rules:
                  cure-claim: off
                  hype-language: error
                  acronym-undefined: ON
                overrides:
                  - files: ["drafts/**/*.md", "*.txt"]
                    rules:
                      hype-language: info
                """);
        assertThat(c.file()).contains(FILE);
        assertThat(c.pack()).contains(new PackRef(Path.of("/repo/packs/strict"), "../packs/strict", 2));
        assertThat(c.failOn()).contains(FailOn.WARNING);
        assertThat(c.rules()).containsExactly(new RuleSetting("cure-claim", RuleLevel.OFF, 5),
                new RuleSetting("hype-language", RuleLevel.ERROR, 6), new RuleSetting("acronym-undefined", RuleLevel.ON, 7));
        assertThat(c.overrides()).hasSize(1);
        assertThat(c.overrides().get(0).files()).containsExactly("drafts/**/*.md", "*.txt");
        assertThat(c.overrides().get(0).line()).isEqualTo(9);
    }

    @Test
    void emptyFileAndEmptySectionsAreTheDefaults() throws ConfigException {
        for (String yaml : List.of("", "# nothing\n", "rules:\noverrides:\n")) {
            Config c = parse(yaml);
            assertThat(c.pack()).isEmpty();
            assertThat(c.failOn()).isEmpty();
            assertThat(c.rules()).isEmpty();
            assertThat(c.overrides()).isEmpty();
            assertThat(c.shown()).isEqualTo("content/.medlint.yml");
        }
    }

    @Test
    void levelsForAFileApplyMatchingOverridesInOrderLaterWins() throws ConfigException {
        Config c = parse("""
                rules:
                  hype-language: error
                  cure-claim: warning
                overrides:
                  - files: drafts/**
                    rules: {hype-language: off, cure-claim: info}
                  - files: ["drafts/keep-*.md"]
                    rules: {hype-language: warning}
                  - files: ["*.txt"]
                    rules: {cure-claim: error}
                """);
        Path base = FILE.getParent();
        RuleLevels top = c.levelsFor(base.resolve("page.md"));
        assertThat(top.severity("hype-language", Severity.WARNING)).contains(Severity.ERROR);
        assertThat(top.severity("cure-claim", Severity.ERROR)).contains(Severity.WARNING);
        assertThat(top.severity("dosing-information", Severity.ERROR)).as("unnamed rules keep their own").contains(Severity.ERROR);

        RuleLevels draft = c.levelsFor(base.resolve("drafts/a/page.md"));
        assertThat(draft.isOff("hype-language")).isTrue();
        assertThat(draft.severity("hype-language", Severity.WARNING)).isEmpty();
        assertThat(draft.level("cure-claim")).isEqualTo(RuleLevel.INFO);

        RuleLevels kept = c.levelsFor(base.resolve("drafts/keep-this.md"));
        assertThat(kept.level("hype-language")).as("a later override wins").isEqualTo(RuleLevel.WARNING);
        assertThat(kept.level("cure-claim")).isEqualTo(RuleLevel.INFO);

        assertThat(c.levelsFor(base.resolve("deep/down/page.txt")).level("cure-claim"))
                .as("a glob without '/' matches the file name in any folder").isEqualTo(RuleLevel.ERROR);
        assertThat(c.levelsFor(base.resolve("drafts/x.txt")).level("cure-claim")).isEqualTo(RuleLevel.ERROR);
    }

    @Test
    void doubleStarPrefixAlsoMatchesTheTopFolder() {
        ConfigOverride o = new ConfigOverride(List.of("**/*.md"), List.of(), 1);
        Path base = Path.of("/r");
        assertThat(o.matches(base, Path.of("/r/a.md"))).isTrue();
        assertThat(o.matches(base, Path.of("/r/x/y/a.md"))).isTrue();
        assertThat(o.matches(base, Path.of("/r/a.txt"))).isFalse();
        assertThat(new ConfigOverride(List.of("x/*.md"), List.of(), 1).matches(base, Path.of("/r/x/y/a.md"))).isFalse();
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertThat(error("fail-on: warning\nrulez:\n  a: off\n")).isEqualTo(
                "content/.medlint.yml:2: unknown key 'rulez' (expected pack, fail-on, rules, overrides)");
        assertThat(error("fail-on: sometimes\n")).isEqualTo(
                "content/.medlint.yml:1: fail-on must be error, warning, info or never, not 'sometimes'");
        assertThat(error("rules:\n  cure-claim: loud\n")).isEqualTo(
                "content/.medlint.yml:2: rule 'cure-claim' must be off, on, error, warning or info, not 'loud'");
        assertThat(error("rules:\n  - cure-claim\n")).startsWith("content/.medlint.yml:2: rules must be a mapping");
        assertThat(error("rules:\n  cure-claim: off\n  cure-claim: on\n")).isEqualTo(
                "content/.medlint.yml:3: 'cure-claim' is given twice");
        assertThat(error("overrides:\n  - rules: {cure-claim: off}\n")).isEqualTo(
                "content/.medlint.yml:2: an override needs files: [globs]");
        assertThat(error("overrides:\n  - files: [a]\n    rule: {}\n")).isEqualTo(
                "content/.medlint.yml:3: unknown key 'rule' in an override (expected files, rules)");
        assertThat(error("overrides:\n  - files: []\n")).startsWith("content/.medlint.yml:2: files must name at least one glob");
        assertThat(error("overrides:\n  - files: ['[a']\n")).startsWith("content/.medlint.yml:2: bad glob '[a'");
        assertThat(error("overrides: {files: a}\n")).startsWith("content/.medlint.yml:1: overrides must be a list");
        assertThat(error("pack:\n")).isEqualTo("content/.medlint.yml:1: pack must be a rule pack folder");
        assertThat(error("- a\n- b\n")).startsWith("content/.medlint.yml:1: the config file must be a mapping");
        assertThat(error("rules: {a: [1\n")).matches("content/\\.medlint\\.yml:\\d: not valid YAML: .*");
    }

    @Test
    void ruleIdsAreCheckedAgainstThePack() throws ConfigException {
        Config c = parse("rules:\n  cure-claim: off\noverrides:\n  - files: a.md\n    rules:\n      cure-claims: off\n");
        assertThatThrownBy(() -> c.checkRuleIds(Set.of("cure-claim"), "rules/medical-summary"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("content/.medlint.yml:6: unknown rule 'cure-claims': the pack rules/medical-summary has no such rule (see 'medlint rules')");
        Config ok = parse("rules:\n  cure-claim: off\n");
        ok.checkRuleIds(Set.of("cure-claim"), "p");
    }

    @Test
    void nearestConfigWinsWithoutMergingAndExplicitConfigAppliesEverywhere(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(dir.resolve(".medlint.yml"), "fail-on: info\nrules: {cure-claim: off}\n");
        Files.writeString(dir.resolve("a/b/.medlint.yml"), "rules: {hype-language: off}\n");
        ConfigResolver r = new ConfigResolver(dir, Optional.empty());

        Config top = r.forFile(dir.resolve("a/page.md"));
        assertThat(top.file()).contains(dir.resolve(".medlint.yml"));
        assertThat(top.failOn()).contains(FailOn.INFO);

        Config nested = r.forFile(dir.resolve("a/b/c/page.md"));
        assertThat(nested.file()).contains(dir.resolve("a/b/.medlint.yml"));
        assertThat(nested.shown()).isEqualTo("a/b/.medlint.yml");
        assertThat(nested.failOn()).as("no merging with the outer file").isEmpty();
        assertThat(nested.levelsFor(dir.resolve("a/b/c/page.md")).isOff("cure-claim")).isFalse();
        assertThat(r.forFile(dir.resolve("a/b/other.md"))).isSameAs(nested);

        ConfigResolver explicit = new ConfigResolver(dir, Optional.of(dir.resolve("a/b/.medlint.yml")));
        assertThat(explicit.forFile(dir.resolve("page.md")).file()).contains(dir.resolve("a/b/.medlint.yml"));

        ConfigResolver missing = new ConfigResolver(dir, Optional.of(Path.of("nope.yml")));
        assertThatThrownBy(() -> missing.forFile(dir.resolve("page.md"))).hasMessage("nope.yml: no such config file");
    }

    @Test
    void noConfigFileMeansDefaults(@TempDir Path dir) throws Exception {
        // A folder with no .medlint.yml anywhere up to the root is only guaranteed below a fresh temp dir
        // when none exists above it; check that assumption rather than the file system's contents.
        Path probe = dir;
        while (probe != null) {
            if (Files.exists(probe.resolve(ConfigResolver.FILE_NAME))) return;
            probe = probe.getParent();
        }
        Config c = new ConfigResolver(dir, Optional.empty()).forFile(dir.resolve("p.md"));
        assertThat(c.file()).isEmpty();
        assertThat(c.shown()).isEqualTo(Config.NONE);
        assertThat(c.levelsFor(dir.resolve("p.md"))).isEqualTo(RuleLevels.DEFAULTS);
    }

    @Test
    void aFileThatIsNotUtf8IsAnError(@TempDir Path dir) throws IOException {
        Path f = dir.resolve(".medlint.yml");
        Files.write(f, new byte[] {'a', ':', ' ', (byte) 0xff});
        assertThatThrownBy(() -> ConfigParser.parse(f, "x/.medlint.yml")).hasMessage("x/.medlint.yml: the config file is not valid UTF-8");
    }
}
