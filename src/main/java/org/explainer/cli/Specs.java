package org.explainer.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Declares the commands with picocli's programmatic API rather than its annotations. Reading the
 * annotations made picocli define a proxy class for each annotation at run time and walk every field
 * by reflection, before the first file was read: about 35 ms of a build's single-threaded start (see
 * docs/performance.md). The usage, the messages and the parsing are picocli's either way; {@code
 * CliTest} holds the usage texts to what the annotations gave.
 */
final class Specs {
  private Specs() {}

  /**
   * A command that runs {@code command}, with the standard {@code -h, --help} and {@code -V, --version}
   * options, the version from {@link VersionProvider} and the exit codes at the end of its usage.
   *
   * @param description the lines of its description
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new VersionProvider());
    spec.usageMessage().description(description).exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.HELP);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    return spec;
  }

  /** An option taking a value of {@code type}, null when not given. */
  static OptionSpec option(CommandSpec spec, Class<?> type, String label, String description, String... names) {
    return add(spec, OptionSpec.builder(names).type(type).paramLabel(label).description(description).build());
  }

  /** An option taking a value of {@code type}, {@code initial} when not given. */
  static OptionSpec defaulted(CommandSpec spec, Class<?> type, Object initial, String label, String description, String... names) {
    return add(spec, OptionSpec.builder(names).type(type).initialValue(initial).paramLabel(label).description(description).build());
  }

  /** An option without a value: true when given. */
  static OptionSpec flag(CommandSpec spec, String description, String... names) {
    return add(spec, OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description).build());
  }

  /** A required positional parameter of text. */
  static PositionalParamSpec parameter(CommandSpec spec, String index, String label, String description) {
    PositionalParamSpec parameter = PositionalParamSpec.builder().index(index).arity("1").required(true).type(String.class).paramLabel(label)
        .description(description).build();
    spec.addPositional(parameter);
    return parameter;
  }

  private static OptionSpec add(CommandSpec spec, OptionSpec option) {
    spec.addOption(option);
    return option;
  }
}
