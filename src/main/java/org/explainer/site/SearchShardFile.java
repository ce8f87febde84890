package org.explainer.site;

import java.util.List;
import java.util.Set;
import org.explainer.content.Library;

/**
 * The shards of the search data, beside its manifest ({@link SearchDataFile}): {@code
 * search/words-N.js} and {@code search/docs-N.js}, as many as {@link SearchIndex.Shards#of} says for the
 * number of entries, each made from the language's {@link SearchIndex}, which is built once for all of
 * them.
 */
public final class SearchShardFile implements PageType<String> {
  static final String PATH = "search/{id}.js";

  @Override
  public String path() {
    return PATH;
  }

  /** The shards' names: {@code words-0}, …, {@code docs-0}, …. */
  @Override
  public List<String> subjects(Library library) {
    return SearchIndex.Shards.of(library).names();
  }

  @Override
  public String id(String shard) {
    return shard;
  }

  @Override
  public boolean templated() {
    return false;
  }

  @Override
  public Set<Input> reads() {
    return SearchDataFile.READS;
  }

  @Override
  public Output output(String shard, Site site) {
    return new Output.Bytes(site.searchIndex().shard(shard));
  }
}
