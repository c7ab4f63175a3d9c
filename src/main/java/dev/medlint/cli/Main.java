package dev.medlint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs the command line and exits with its code (see {@link ExitCodes}). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs medlint as the command line would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new MedlintCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Anything unexpected is reported in one line; no stack trace reaches the user.
            commandLine.getErr().println("medlint: internal error: " + ex);
            return ExitCodes.ERROR;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("medlint: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.ERROR;
        });
        return cl.execute(args);
    }
}
