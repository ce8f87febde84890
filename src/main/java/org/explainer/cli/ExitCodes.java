package org.explainer.cli;

/** The exit codes of every command; documented in {@code --help} and in the README. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** Content or template errors: each printed as {@code path:line:column: problem — fix}. */
  public static final int CONTENT = 1;
  /** Usage error: unknown command or option, bad option value. */
  public static final int USAGE = 2;
  /** An internal error: a bug in the generator, to be reported. */
  public static final int INTERNAL = 3;

  /** The exit-code list shown by every command's {@code --help}. */
  static final java.util.Map<String, String> HELP =
      new java.util.LinkedHashMap<>(java.util.Map.of());

  static {
    HELP.put("0", "success");
    HELP.put("1", "content or template errors (each printed as path:line:column: problem — fix);"
        + " site/ is left unchanged");
    HELP.put("2", "usage error (unknown command or option)");
    HELP.put("3", "internal error (a bug: please report it with the output of --verbose)");
  }

  private ExitCodes() {}
}
