package dev.medlint.cli;

import dev.medlint.engine.RuleEngine;
import dev.medlint.engine.RuleMeta;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the pack's rules from their metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules of the pack: id, severity, category and summary.")
public final class RulesCommand implements Callable<Integer> {
    @Mixin
    PackOption pack;

    @Option(names = "--markdown", description = "Print a Markdown table (the README's rule list is generated this way).")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        java.util.Optional<RuleEngine> compiled = pack.compile(spec.commandLine().getErr());
        if (compiled.isEmpty()) return ExitCodes.ERROR;
        RuleEngine engine = compiled.get();
        List<RuleMeta> rules = new ArrayList<>(engine.rules().values());
        rules.sort(Comparator.comparing(RuleMeta::category).thenComparing(RuleMeta::id));
        if (markdown) {
            out.println("| rule | severity | category | what it finds |");
            out.println("|---|---|---|---|");
            for (RuleMeta r : rules) {
                out.println("| `" + r.id() + "` | " + r.severity().id() + " | " + r.category() + " | " + r.shortDescription().replace("|", "\\|") + " |");
            }
        } else {
            int w = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
            int c = rules.stream().mapToInt(r -> r.category().length()).max().orElse(10);
            for (RuleMeta r : rules) {
                out.printf("%-" + w + "s  %-7s  %-" + c + "s  %s%n", r.id(), r.severity().id(), r.category(), r.shortDescription());
            }
            out.println(rules.size() + " rules. 'medlint explain RULE-ID' describes one.");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
