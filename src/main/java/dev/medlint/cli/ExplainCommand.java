package dev.medlint.cli;

import dev.medlint.engine.RuleEngine;
import dev.medlint.engine.RuleMeta;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Describes one rule from its metadata. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Describe a rule: what it checks, what triggers it, what does not, an example.")
public final class ExplainCommand implements Callable<Integer> {
    @Mixin
    PackOption pack;

    @Parameters(paramLabel = "RULE-ID", description = "The rule to describe (see 'medlint rules').")
    String ruleId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        java.util.Optional<RuleEngine> compiled = pack.compile(spec.commandLine().getErr());
        if (compiled.isEmpty()) return ExitCodes.ERROR;
        RuleEngine engine = compiled.get();
        RuleMeta r = engine.rules().get(ruleId);
        if (r == null) {
            spec.commandLine().getErr().println("medlint: unknown rule '" + ruleId + "' (see 'medlint rules')");
            return ExitCodes.ERROR;
        }
        out.println(r.id() + " (" + r.severity().id() + ", " + r.category() + ")");
        out.println();
        out.println(r.shortDescription());
        section(out, "What it checks", r.fullDescription());
        section(out, "Fires on", r.fires());
        section(out, "Does not fire on", r.quiet());
        section(out, "Example", r.example());
        section(out, "How to fix", r.help());
        out.println();
        out.println("Defined in " + r.file() + ".");
        out.flush();
        return ExitCodes.OK;
    }

    private static void section(PrintWriter out, String title, String text) {
        if (text.isEmpty()) return;
        out.println();
        out.println(title + ":");
        out.println(wrap(text, 78, "  "));
    }

    static String wrap(String text, int width, String indent) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (col > 0 && col + 1 + word.length() > width) {
                sb.append('\n');
                col = 0;
            }
            if (col == 0) {
                sb.append(indent).append(word);
                col = indent.length() + word.length();
            } else {
                sb.append(' ').append(word);
                col += 1 + word.length();
            }
        }
        return sb.toString();
    }
}
