package org.explainer.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.explainer.content.Article;
import org.explainer.content.Library;
import org.explainer.diagnostic.Problems;

/**
 * What readers are told about the checks against the source captures (each entry page,
 * {@code provenance.json}): each entry's record of checks, as far as the entry still matches it.
 *
 * @param entries each entry with a capture, by slug
 */
public record ProvenanceReport(Map<String, Entry> entries) {

  /**
   * One entry's checks.
   *
   * @param capture its capture
   * @param checked the content date of the check
   * @param wordingChecked true when its wording is the wording that was checked for copying
   * @param quotes its quotations in order, each with its record, or unchecked
   */
  public record Entry(Evidence.Capture capture, String checked, boolean wordingChecked, List<Quote> quotes) {
    /** True when every quotation and the wording were checked. */
    public boolean complete() {
      return wordingChecked && quotesChecked();
    }

    /** True when every quotation was checked, whether or not the wording was. */
    public boolean quotesChecked() {
      return quotes.stream().allMatch(q -> q.record() != null);
    }
  }

  /**
   * One quotation of an entry.
   *
   * @param quotation the quotation as the entry prints it
   * @param record its record, or null when it was not checked (edited or added since)
   */
  public record Quote(Quotation quotation, Evidence.Quote record) {}

  /**
   * The report on {@code library} from the {@code evidence}: a quotation is checked when its record is
   * there, for the same capture; every other is a warning, as is wording changed since its check.
   */
  public static ProvenanceReport of(Library library, Evidence evidence, Problems problems) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Article a : library.articles()) {
      if (a.source().capture().isEmpty()) {
        continue;
      }
      Evidence.Entry recorded = Optional.ofNullable(evidence.entries().get(a.slug()))
          .filter(e -> e.capture().name().equals(a.source().capture().get())).orElse(null);
      List<Quote> quotes = new ArrayList<>();
      for (Quotation q : Quotation.of(a)) {
        Evidence.Quote record = recorded == null ? null : recorded.quotes().stream().filter(q::is).findFirst().orElse(null);
        if (record == null) {
          problems.warning(q.at(), "the quotation “" + q.text() + "” was not checked against the source capture "
              + a.source().capture().get() + ": it is new or changed since content/" + Evidence.FILE + " was written, and the capture is not here",
              "check it with the captures: './explainer check --sources DIR' checks it and updates the record");
        }
        quotes.add(new Quote(q, record));
      }
      boolean wording = recorded != null && recorded.wording().equals(Quotation.wording(a));
      if (recorded != null && !wording) {
        problems.warning(a.source().at(), "the entry's wording changed since it was checked for copying from the source capture, and the capture is not here",
            "check it with the captures: './explainer check --sources DIR' checks it and updates the record");
      }
      Evidence.Capture capture = recorded == null ? new Evidence.Capture(a.source().capture().get(), null) : recorded.capture();
      entries.put(a.slug(), new Entry(capture, recorded == null ? null : recorded.checked(), wording, List.copyOf(quotes)));
    }
    return new ProvenanceReport(Map.copyOf(entries));
  }
}
