package org.explainer.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.SitePaths;

/**
 * Links the first use of each glossary term in a parsed text to its definition, before the text is
 * rendered. A term is used where its name or one of its variants occurs as whole words of one text
 * node, in any case; longer forms are looked for first, so "Washington summit" is linked rather than
 * the "summit" in it. Text inside links, headings, code, footnotes and quotations (block quotes, text
 * between quotation marks, and text between the guillemets « and » with which Ukrainian quotes) is
 * left alone, and a term the text already links to is not linked again.
 *
 * <p>Each link is {@code <a href="GLOSSARY#id" class="term">} around the words as written.
 */
public final class GlossaryLinker {
  /** Where no term is linked: links and code (flexmark marks both as not to decorate), headings, footnotes, quotations. */
  private static final Class<?>[] LEFT_ALONE = {DoNotDecorate.class, DoNotLinkDecorate.class, IndentedCodeBlock.class,
      Heading.class, FootnoteBlock.class, BlockQuote.class, TypographicQuotes.class};

  /**
   * A term's name or variant, also lowercased char by char (so that offsets stay the same), with its
   * first word (empty when it does not start with a letter or digit).
   */
  private record Form(String name, String lower, String id, String firstWord) {
    Form(String name, String lower, String id) {
      this(name, lower, id, firstWord(lower));
    }

    private static String firstWord(String lower) {
      int end = 0;
      while (end < lower.length() && Character.isLetterOrDigit(lower.codePointAt(end))) {
        end += Character.charCount(lower.codePointAt(end));
      }
      return lower.substring(0, end);
    }
  }

  /**
   * A text node that may get links, with its text lowercased as a {@link Form}'s is, and what lies
   * between guillemets masked out (so that offsets stay the same and no form matches there).
   */
  private record Run(Text node, String lower) {}

  /** The guillemets that open and close a quotation in Ukrainian (and other languages). */
  private static final char OPEN = '«';
  private static final char CLOSE = '»';
  /** What stands for a masked character: no form holds it, so no form matches across it. */
  private static final char MASKED = '\u0000';

  /** A link to a glossary definition, around the words that use the term. */
  private static final class TermLink extends Node {
    private final String href;

    TermLink(String href, BasedSequence words) {
      this.href = href;
      appendChild(new Text(words));
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  /** Renders the links this class adds, as {@code <a href="…" class="term">…</a>}; for the HTML renderer. */
  static NodeRenderer termLinks() {
    return () -> Set.of(new NodeRenderingHandler<>(TermLink.class, (link, context, html) -> {
      html.attr("href", link.href).attr("class", "term").withAttr().tag("a");
      context.renderChildren(link);
      html.tag("/a");
    }));
  }

  private final List<Form> forms;
  /** The forms' first words, and their hashes ({@link String#hashCode}) sorted: a word whose hash is not among them is none of them. */
  private final Set<String> firstWords;
  private final int[] firstWordHashes;
  private final String glossaryPage;

  /** A linker for {@code terms}, defined on the page at the output path {@code glossaryPage}. */
  public GlossaryLinker(List<GlossaryTerm> terms, String glossaryPage) {
    this.glossaryPage = glossaryPage;
    forms = terms.stream()
        .flatMap(t -> Stream.concat(Stream.of(t.term()), t.variants().stream()).map(name -> new Form(name, lower(name), t.id())))
        .filter(form -> !form.name().isEmpty())
        .sorted(Comparator.comparingInt((Form form) -> -form.name().length()).thenComparing(Form::name))
        .toList();
    firstWords = forms.stream().map(Form::firstWord).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    firstWordHashes = firstWords.stream().mapToInt(String::hashCode).sorted().toArray();
  }

  /** Links, in {@code parsed}'s syntax tree, the first use of each term to {@code glossaryHref + "#" + its id}. */
  public void link(MarkdownRenderer.Parsed parsed, String glossaryHref) {
    Document document = parsed.document();
    Set<String> linked = new HashSet<>();
    List<Run> runs = new ArrayList<>();
    int[] quoting = {0};
    for (Node node : document.getDescendants()) {
      if (node instanceof Block) {
        quoting[0] = 0; // an unclosed guillemet ends with its paragraph
      }
      if (node instanceof Text text) {
        String masked = lowerMasked(text.getChars().toString(), quoting);
        if (!leftAlone(text)) {
          runs.add(new Run(text, masked));
        }
      } else if (node instanceof Link link) {
        glossaryId(link.getUrl()).ifPresent(linked::add);
      } else if (node instanceof LinkRef ref && ref.isDefined()) {
        glossaryId(ref.getReferenceNode(document).getUrl()).ifPresent(linked::add);
      }
    }
    // a form can only occur where its first word does: most forms are not in a given text, and this
    // rules them out with one pass over its words instead of a search of every text node for each
    Set<String> words = firstWords(runs);
    for (Form form : forms) {
      if (!form.firstWord().isEmpty() && !words.contains(form.firstWord())) {
        continue;
      }
      for (int i = 0; i < runs.size() && !linked.contains(form.id()); i++) {
        Run run = runs.get(i);
        int at = find(run.lower(), form.lower());
        if (at >= 0) {
          // the text node keeps the words before the link; a new one after the link holds the rest
          int end = at + form.lower().length();
          BasedSequence chars = run.node().getChars();
          Text after = new Text(chars.subSequence(end));
          run.node().insertAfter(after);
          after.insertBefore(new TermLink(glossaryHref + "#" + form.id(), chars.subSequence(at, end)));
          run.node().setChars(chars.subSequence(0, at));
          runs.set(i, new Run(run.node(), run.lower().substring(0, at)));
          runs.add(i + 1, new Run(after, run.lower().substring(end)));
          linked.add(form.id());
        }
      }
    }
  }

  /**
   * {@code text} lowercased as {@link #lower} does, with what lies between guillemets (and the guillemets)
   * masked; {@code depth[0]} carries how many are open across nodes.
   */
  private static String lowerMasked(String text, int[] depth) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
      if (chars[i] == OPEN) {
        depth[0]++;
      }
      boolean inside = depth[0] > 0;
      if (chars[i] == CLOSE && depth[0] > 0) {
        depth[0]--;
      }
      if (inside) {
        chars[i] = MASKED;
      }
    }
    return new String(chars);
  }

  /**
   * The forms' first words that are words (runs of letters and digits) of the lowercased texts of {@code
   * runs}. A word is looked up by its hash, made as it is read, so the text's other words cost no string.
   */
  private Set<String> firstWords(List<Run> runs) {
    Set<String> found = new HashSet<>();
    for (Run run : runs) {
      String text = run.lower();
      int start = -1;
      int hash = 0;
      for (int i = 0; i <= text.length(); ) {
        int c = i < text.length() ? text.codePointAt(i) : ' ';
        int width = i < text.length() ? Character.charCount(c) : 1;
        if (Character.isLetterOrDigit(c)) {
          if (start < 0) {
            start = i;
            hash = 0;
          }
          for (int k = i; k < i + width; k++) {
            hash = 31 * hash + text.charAt(k);
          }
        } else if (start >= 0) {
          if (Arrays.binarySearch(firstWordHashes, hash) >= 0) {
            String word = text.substring(start, i);
            if (firstWords.contains(word)) {
              found.add(word);
            }
          }
          start = -1;
        }
        i += width;
      }
    }
    return found;
  }

  /** True when {@code node} lies where no term is linked; a reference to nothing ("[sic]") shows as text, so it does not count. */
  private static boolean leftAlone(Node node) {
    Node around = node.getAncestorOfType(LEFT_ALONE);
    return around != null && (!(around instanceof RefNode ref) || ref.isDefined() || leftAlone(ref));
  }

  /** The first place where {@code form} occurs in {@code text} as whole words; -1 if none. */
  private static int find(String text, String form) {
    for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      int end = at + form.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
          && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
        return at;
      }
    }
    return -1;
  }

  /** The glossary id that a link to {@code url} points at: the anchor of a site path to the glossary page. */
  private Optional<String> glossaryId(BasedSequence url) {
    int hash = url.indexOf('#');
    boolean glossary = url.startsWith("/") && hash > 0 && SitePaths.fromSitePath(url.subSequence(0, hash).toString()).equals(glossaryPage);
    return glossary ? Optional.of(url.subSequence(hash + 1).toString()) : Optional.empty();
  }

  private static String lower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }
}
