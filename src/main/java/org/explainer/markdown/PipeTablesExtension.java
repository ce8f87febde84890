package org.explainer.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * flexmark's {@link TablesExtension}, whose table finder is made only for a document with a '|' in it.
 * The extension makes its finder for every document, and making one formats and compiles a regular
 * expression; a document without a '|' holds no table (the finder turns down a paragraph whose first
 * line has none), so it never needs one. The tables themselves are parsed and rendered by the
 * extension as before.
 */
final class PipeTablesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final TablesExtension tables = TablesExtension.create();

  private PipeTablesExtension() {}

  /** The extension, for {@code Parser.EXTENSIONS} in place of {@code TablesExtension.create()}. */
  static PipeTablesExtension create() {
    return new PipeTablesExtension();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    tables.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    tables.rendererOptions(options);
  }

  @Override
  public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
    tables.extend(htmlRendererBuilder, rendererType);
  }

  /** The extension's factory, with its ordering, giving a document without a '|' no finder. */
  private static final class Factory implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables;

    Factory(ParagraphPreProcessorFactory tables) {
      this.tables = tables;
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      // called once per document, when its first paragraph is looked at; the properties are the document
      boolean pipes = !(state.getProperties() instanceof Document document && document.getChars().getBase() instanceof String source)
          || source.indexOf('|') >= 0;
      return pipes ? tables.apply(state) : NO_TABLES;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return tables.affectsGlobalScope();
    }
  }

  /** For a document without a '|': no paragraph is a table. */
  private static final ParagraphPreProcessor NO_TABLES = (Paragraph block, ParserState state) -> 0;
}
