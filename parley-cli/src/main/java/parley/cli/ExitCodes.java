package parley.cli;

import parley.core.read.InputException;

/** Exit statuses, and the one place where exception types map to them. */
final class ExitCodes {
  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;
  static final int FAILURE = 3;

  private ExitCodes() {}

  static int of(Exception e) {
    if (e instanceof InputException) return BAD_INPUT;
    if (e instanceof parley.store.StoreException) return FAILURE;
    if (e instanceof picocli.CommandLine.ParameterException) return USAGE;
    return FAILURE;
  }
}
