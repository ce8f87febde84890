package org.explainer.editorial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.content.Article;
import org.explainer.content.Cited;
import org.explainer.content.Claim;
import org.explainer.content.ContextSource;
import org.explainer.content.Library;
import org.explainer.content.Position;
import org.explainer.markdown.RenderedContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The explainer's editorial rules, each a check that returns what breaks it (nothing when the rule
 * holds), so that a test can both apply it to the real content and show that it catches a breach.
 */
final class EditorialRules {
  /** The most the larger side of the debate may outweigh the smaller, in points and in words. */
  static final double BALANCE = 1.25;

  private EditorialRules() {}

  /**
   * Context credited to an entry: an entry under {@code context:}, a context source under {@code
   * articles:}, or a context source reported in an entry's outlet or relayed agency.
   */
  static List<String> contextCreditedToEntries(Library library) {
    Set<String> entries = library.articles().stream().map(Article::slug).collect(Collectors.toSet());
    Set<String> context = library.context().stream().map(ContextSource::id).collect(Collectors.toSet());
    Map<String, Cited> items = new LinkedHashMap<>();
    library.timeline().forEach(e -> items.put("event " + e.id(), e));
    library.glossary().forEach(t -> items.put("term " + t.id(), t));
    library.positions().forEach(p -> items.put("position " + p.id(), p));
    library.claims().forEach(c -> items.put("claim " + c.id(), c));
    List<String> out = new ArrayList<>();
    items.forEach((item, cited) -> {
      cited.articles().stream().filter(r -> !entries.contains(r.id())).forEach(r -> out.add(item + " cites '" + r.id() + "' as an entry"));
      cited.context().stream().filter(r -> !context.contains(r.id()) || entries.contains(r.id()))
          .forEach(r -> out.add(item + " cites '" + r.id() + "' as context"));
    });
    Set<String> outlets = new HashSet<>();
    library.articles().forEach(a -> {
      a.source().outlet().ifPresent(outlets::add);
      a.source().relays().ifPresent(outlets::add);
    });
    for (ContextSource c : library.context()) {
      for (String outlet : outlets) {
        if (Pattern.compile("\\b" + Pattern.quote(outlet) + "\\b", Pattern.CASE_INSENSITIVE).matcher(c.reportedIn()).find()) {
          out.add("context source " + c.id() + " is reported in " + outlet + ", which is an entry's");
        }
      }
    }
    return out;
  }

  /** The word that marks context, by the language of the page: "context", and in Ukrainian «контекст» («для контексту»). */
  private static final Map<String, String> CONTEXT = Map.of("en", "context", "uk", "контекст");

  /** Links to a context source on the built pages (of every language) that sit in no text marking them as context. */
  static List<String> unmarkedContextLinks(Path site) {
    List<String> out = new ArrayList<>();
    pages(site).forEach((page, doc) -> {
      if (page.endsWith("sources/index.html")) {
        return;
      }
      String word = CONTEXT.get(doc.select("html").attr("lang"));
      for (Element link : doc.select("a[href*=sources/index.html#context-]")) {
        Element block = link.closest("p, li, dd, td");
        String around = block == null ? "" : block.text();
        if (word == null || !around.toLowerCase().contains(word)) {
          out.add(page + ": " + link.outerHtml() + " in “" + around + "”");
        }
      }
    });
    return out;
  }

  /**
   * Positions that are not events with a source: citing no entry and no context source, or the same
   * actor taking the same stance on the same date twice (one occasion counted once per report).
   */
  static List<String> positionsWithoutAnEvent(Library library) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Position p : library.positions()) {
      if (p.articles().isEmpty() && p.context().isEmpty()) {
        out.add("position " + p.id() + " cites no entry and no context source");
      }
      if (!seen.add(p.actor().id() + " " + p.stance().id() + " " + p.date().iso())) {
        out.add("position " + p.id() + " repeats a stance its actor took on " + p.date().iso());
      }
    }
    return out;
  }

  /**
   * What a context fact says when it reports an actor holding back on Ukraine's invitation or admission
   * now: resisting an immediate invitation, or finding Ukraine not ready for membership.
   */
  private static final Pattern HOLDING_BACK = Pattern.compile("resisting an immediate invitation|not ready for NATO membership");

  /**
   * Positions shown as "Not stated" (stance {@code undeclared}) although a context fact they rest on
   * reports their actor holding back on an invitation now: the side that holds back has a stance of its
   * own, as the side that asks for an invitation now has.
   */
  static List<String> holdingBackNotStated(Library library) {
    Map<String, ContextSource> context = library.contextById();
    List<String> out = new ArrayList<>();
    for (Position p : library.positions()) {
      for (var ref : p.context()) {
        ContextSource fact = context.get(ref.id());
        if (fact != null && HOLDING_BACK.matcher(fact.what()).find() && p.stance().id().equals("undeclared")) {
          out.add("position " + p.id() + " rests on " + fact.id() + ", which reports its actor holding back, but is shown as not stated");
        }
      }
    }
    return out;
  }

  /** Quote cards that would show a bare fragment: a text of fewer than six words without a sentence. */
  static List<String> bareFragments(Library library) {
    List<String> out = new ArrayList<>();
    for (Article a : library.articles()) {
      for (Article.Quote q : a.quotes()) {
        int words = q.text().strip().split("\\s+").length;
        boolean inSentence = q.sentence().map(s -> s.contains("“" + q.text() + "”")).orElse(false);
        if (words < 6 && !inSentence) {
          out.add(a.slug() + ": “" + q.text() + "”");
        }
      }
    }
    return out;
  }

  /**
   * The weight of each side of the debate.
   *
   * @param forPoints points of the case for inviting now
   * @param againstPoints points of the case against inviting now
   * @param forWords words of their claims and arguments (link text counted, link targets not)
   * @param againstWords the same for the case against
   */
  record Balance(int forPoints, int againstPoints, int forWords, int againstWords) {
    /** What breaks the balance: either measure more than {@link #BALANCE} times the other. */
    List<String> breaches() {
      List<String> out = new ArrayList<>();
      if (ratio(forPoints, againstPoints) > BALANCE) {
        out.add("points: " + forPoints + " for, " + againstPoints + " against");
      }
      if (ratio(forWords, againstWords) > BALANCE) {
        out.add("words: " + forWords + " for, " + againstWords + " against");
      }
      return out;
    }

    private static double ratio(int a, int b) {
      return Math.min(a, b) == 0 ? Double.POSITIVE_INFINITY : (double) Math.max(a, b) / Math.min(a, b);
    }
  }

  /** The weight of each side, from the claims and their rendered arguments. */
  static Balance balance(Library library, RenderedContent rendered) {
    int[] points = new int[2];
    int[] words = new int[2];
    for (Claim c : library.claims()) {
      int side = c.side() == Claim.Side.FOR ? 0 : 1;
      points[side]++;
      words[side] += c.claim().strip().split("\\s+").length + rendered.claims().get(c.id()).wordCount();
    }
    return new Balance(points[0], points[1], words[0], words[1]);
  }

  private static final Pattern STRAIGHT = Pattern.compile("['\"]");
  private static final Pattern TYPOGRAPHIC = Pattern.compile("[‘’“”]");

  /**
   * Pages whose prose mixes straight and typographic quotation marks or apostrophes. Prose is the text
   * readers see, without code, scripts, styles and attribute values, and without the verbatim words in
   * {@code blockquote} and {@code q} elements, which stay as their source wrote them.
   */
  static List<String> mixedTypography(Map<String, Document> pages) {
    List<String> out = new ArrayList<>();
    pages.forEach((page, original) -> {
      Document doc = original.clone();
      doc.select("script, style, code, pre, blockquote, q").remove();
      String prose = doc.title() + " " + doc.body().text();
      var straight = STRAIGHT.matcher(prose);
      if (straight.find() && TYPOGRAPHIC.matcher(prose).find()) {
        int at = straight.start();
        out.add(page + ": …" + prose.substring(Math.max(0, at - 40), Math.min(prose.length(), at + 40)) + "…");
      }
    });
    return out;
  }

  /** Tags that every entry carries, so that they filter nothing. */
  static List<String> tagsOnEveryEntry(Library library) {
    return library.site().tags().stream().map(t -> t.id())
        .filter(id -> !library.articles().isEmpty() && library.articles().stream().allMatch(a -> a.tags().stream().anyMatch(r -> r.id().equals(id))))
        .toList();
  }

  /** Every HTML page of a built site, parsed, by path. */
  static Map<String, Document> pages(Path site) {
    Map<String, Document> out = new HashMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        out.put(site.relativize(file).toString().replace('\\', '/'), Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
