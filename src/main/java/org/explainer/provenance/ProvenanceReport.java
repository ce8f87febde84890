package org.explainer.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the provenance checks found, for readers (each entry page, {@code provenance.json}).
 *
 * @param checked true when the captures were available and every check ran
 * @param entries each entry's checks, by slug; empty when not checked
 */
public record ProvenanceReport(boolean checked, Map<String, Entry> entries) {

  /** Nothing checked (no sources folder). */
  public static ProvenanceReport unchecked() {
    return new ProvenanceReport(false, Map.of());
  }

  /** This report with the entries {@code other} checked replacing their earlier checks. */
  public ProvenanceReport with(ProvenanceReport other) {
    Map<String, Entry> merged = new HashMap<>(entries);
    merged.putAll(other.entries());
    return new ProvenanceReport(checked, Map.copyOf(merged));
  }

  /**
   * One entry's checks.
   *
   * @param capture the capture's file name
   * @param quotes its quotes and quotations, in order: front matter first, then the summary
   */
  public record Entry(String capture, List<Quote> quotes) {}

  /**
   * One checked quotation.
   *
   * @param speaker the speaker's actor id, or null for a quotation in the summary
   * @param text the words as we print them
   * @param where "metadata" or "summary"
   * @param verbatim true when the words occur in the capture (always, in a successful build)
   * @param speakerNearby true when the capture names the speaker near the words (null for summary quotations)
   */
  public record Quote(String speaker, String text, String where, boolean verbatim, Boolean speakerNearby) {}
}
