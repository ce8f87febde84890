package org.explainer.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.explainer.config.SiteConfig;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.TimelineEvent;

/**
 * JSON-LD for search engines and other machines: {@code Article} with its {@code citation} for entries
 * (the cited source as a {@code NewsArticle}), {@code Quotation} for quotes, {@code Person} or {@code
 * Organization} for actors, {@code Event} for timeline events, {@code WebSite} and {@code WebPage}
 * otherwise. Output is escaped so that it can sit inside a {@code <script>} element.
 */
final class StructuredData {
  private final SiteConfig site;

  StructuredData(SiteConfig site) {
    this.site = site;
  }

  String website(Optional<String> url) {
    Map<String, Object> m = node("WebSite");
    m.put("name", site.title());
    m.put("description", site.description());
    m.put("inLanguage", site.language());
    url.ifPresent(u -> m.put("url", u));
    return write(m);
  }

  String webPage(String title, String description, Optional<String> url) {
    Map<String, Object> m = node("WebPage");
    m.put("name", title);
    m.put("description", description);
    m.put("inLanguage", site.language());
    url.ifPresent(u -> m.put("url", u));
    m.put("isPartOf", obj("@type", "WebSite", "name", site.title()));
    return write(m);
  }

  /**
   * The JSON-LD of entry {@code a}'s page. On a translation's page, {@code original} gives, for each quote
   * that is our translation, the words and language of the source: the quotation then says it is in the
   * page's language and a translation of those words, so that our translation is never given as the
   * speaker's own words. (An entry not translated yet has no page of its own in a translation.)
   */
  String article(Article a, Function<String, Actor> actors, Optional<String> url,
      Function<Article.Quote, Optional<Views.Original>> original) {
    Map<String, Object> m = node("Article");
    m.put("headline", a.headline());
    m.put("description", a.dek());
    m.put("inLanguage", site.language());
    url.ifPresent(u -> m.put("url", u));
    m.put("author", site.editors().stream().map(e -> obj("@type", "Organization", "name", e.name())).toList());
    m.put("license", site.licence().url());
    m.put("about", a.actors().stream().map(p -> actorRef(actors.apply(p.actor().id()))).toList());
    // the source, named so that each quotation can point at it
    Map<String, Object> citation = obj("@id", a.source().url().orElse("#source-heading"), "@type", "NewsArticle");
    a.source().headline().ifPresent(h -> citation.put("headline", h));
    a.source().outlet().ifPresent(o -> citation.put("publisher", obj("@type", "Organization", "name", o)));
    a.source().relays().ifPresent(r -> citation.put("sourceOrganization", obj("@type", "Organization", "name", r)));
    citation.put("datePublished", a.published().iso());
    a.source().url().ifPresent(u -> citation.put("url", u));
    m.put("citation", citation);
    List<Object> quotes = new ArrayList<>();
    for (Article.Quote q : a.quotes()) {
      Map<String, Object> quote = new LinkedHashMap<>();
      quote.put("@type", "Quotation");
      quote.put("text", q.text());
      quote.put("spokenByCharacter", actorRef(actors.apply(q.speaker().id())));
      quote.put("isBasedOn", obj("@id", citation.get("@id")));
      original.apply(q).ifPresent(o -> {
        quote.put("inLanguage", site.language());
        quote.put("translationOfWork", obj("@type", "Quotation", "text", o.text(), "inLanguage", o.lang()));
      });
      quotes.add(quote);
    }
    if (!quotes.isEmpty()) {
      m.put("hasPart", quotes);
    }
    return write(m);
  }

  String actor(Actor actor, Optional<String> url) {
    Map<String, Object> m = node(actor.kind() == Actor.Kind.PERSON ? "Person" : actor.kind() == Actor.Kind.COUNTRY ? "Country" : "Organization");
    m.put("name", actor.name());
    if (!actor.variants().isEmpty()) {
      m.put("alternateName", actor.variants());
    }
    m.put(actor.kind() == Actor.Kind.PERSON ? "jobTitle" : "description", actor.role());
    actor.affiliation().ifPresent(a -> m.put(actor.kind() == Actor.Kind.PERSON ? "affiliation" : "parentOrganization",
        obj("@type", "Organization", "name", a)));
    url.ifPresent(u -> m.put("url", u));
    return write(m);
  }

  String timeline(String name, List<TimelineEvent> events, Optional<String> url) {
    Map<String, Object> m = node("ItemList");
    m.put("name", name);
    url.ifPresent(u -> m.put("url", u));
    List<Object> items = new ArrayList<>();
    int position = 1;
    for (TimelineEvent e : events) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("@type", "Event");
      event.put("name", e.title());
      event.put("description", e.description());
      event.put("startDate", e.date().iso());
      e.end().ifPresent(end -> event.put("endDate", end.toString()));
      url.ifPresent(u -> event.put("url", u + "#" + e.id()));
      items.add(obj("@type", "ListItem", "position", position++, "item", event));
    }
    m.put("itemListElement", items);
    return write(m);
  }

  private static Map<String, Object> actorRef(Actor actor) {
    String type = actor.kind() == Actor.Kind.PERSON ? "Person" : actor.kind() == Actor.Kind.COUNTRY ? "Country" : "Organization";
    return obj("@type", type, "name", actor.name());
  }

  /** An ordered JSON object from key/value pairs (Map.of's order changes between runs). */
  private static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> node(String type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", "https://schema.org");
    m.put("@type", type);
    return m;
  }

  /** JSON safe inside a script element. */
  static String write(Object value) {
    return Json.script(value);
  }
}
