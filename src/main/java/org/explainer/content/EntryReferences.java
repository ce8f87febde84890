package org.explainer.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.explainer.yaml.Fields;
import org.explainer.yaml.RecordReader;
import org.explainer.yaml.Ref;

/**
 * The ids that an entry file names, read when the file cannot be read into an {@link Article} (its
 * date is no date, say), so that one check still reports its unknown actors and tags with that error.
 *
 * @param file the entry file
 * @param actors the actors it lists under {@code actors:} and the speakers of its quotes, in that order
 * @param tags its tags
 */
public record EntryReferences(Path file, List<Ref> actors, List<Ref> tags) {

  /**
   * The ids named in the front matter {@code f} of the entry file {@code file}. The problems {@code f}
   * meets are its own to keep: those of the entry were reported when it was read.
   */
  public static EntryReferences read(Path file, Fields f) {
    Named named = RecordReader.read(f, Named.class);
    if (named == null) {
      return new EntryReferences(file, List.of(), List.of());
    }
    List<Ref> actors = new ArrayList<>();
    named.actors().forEach(involved -> actors.add(involved.actor()));
    named.quotes().forEach(quote -> actors.add(quote.speaker()));
    return new EntryReferences(file, List.copyOf(actors), named.tags());
  }

  /**
   * What {@link #read} reads of an entry's front matter (public for {@link RecordReader}, which makes it).
   *
   * @param actors the actors involved
   * @param quotes the quotes
   * @param tags the tags
   */
  public record Named(List<Article.Involved> actors, List<Article.Quote> quotes, List<Ref> tags) {}
}
