package dev.medlint.cli;

import dev.medlint.config.FailOn;
import picocli.CommandLine;

/** Reads {@code --fail-on}; a bad value is a usage error (exit 2) with the accepted values. */
public final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
        return FailOn.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "--fail-on must be error, warning, info or never, not '" + value + "'"));
    }
}
