package org.explainer.serve;

import java.net.BindException;

/**
 * The preview server cannot listen where it was asked to; the message says why and what to do instead
 * ({@code "the host name 'nosuch' is not known — …"}). A {@link BindException}, so that callers that
 * catch that still catch this.
 */
public final class PreviewAddressException extends BindException {
  private static final long serialVersionUID = 1L;

  /** Why the address cannot be used. */
  public enum Reason {
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** The address is not one of this machine's. */
    NOT_THIS_MACHINE,
    /** Another process listens on that port. */
    PORT_IN_USE,
    /** The port needs privileges (below 1024 on most systems). */
    NO_PERMISSION,
    /** Anything else the system refused. */
    REFUSED
  }

  private final transient Reason reason;

  PreviewAddressException(Reason reason, String message, String fix) {
    super(message + " — " + fix);
    this.reason = reason;
  }

  /** Why the address cannot be used: a usage error for a host that is unknown or not this machine's. */
  public Reason reason() {
    return reason;
  }
}
