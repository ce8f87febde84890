package org.explainer.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

  /** The exit-code list shown by every command's {@code --help}, in order; read-only. */
  static final Map<String, String> HELP = helpList("");
  /** The exit codes of {@code build}, which leaves the output folder as it was on errors. */
  static final Map<String, String> BUILD_HELP = helpList("; the output folder is left unchanged");

  private static Map<String, String> helpList(String onErrors) {
    Map<String, String> list = new LinkedHashMap<>();
    list.put("0", "success");
    list.put("1", "content or template errors (each printed as path:line:column: problem — fix)" + onErrors);
    list.put("2", "usage error (an unknown command or option, or a bad value)");
    list.put("3", "internal error (a bug: please report it with the output of --verbose)");
    return Collections.unmodifiableMap(list);
  }

  private ExitCodes() {}
}
