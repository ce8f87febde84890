package org.explainer.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.explainer.config.SiteConfig;
import org.explainer.diagnostic.DidYouMean;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Slugs;

/**
 * Checks what loading cannot: unique ids and slugs, that every reference (actor, stance, tag, entry,
 * context source, glossary term, group member) resolves, and that context is never credited to an entry:
 * an entry is not cited as context, a context source is not cited as an entry, and no context source is
 * reported in an entry's outlet or the agency it relays. Records every problem; returns the library that
 * will be published.
 */
public final class ContentValidator {
  /** The data file each kind of reference points into. */
  private static final Map<String, String> SOURCE_FILE =
      Map.of("actor", "actors", "stance", "site", "tag", "site", "glossary term", "glossary", "context source", "context");

  /**
   * Validates {@code library} (drafts included) and returns what will be built: drafts are dropped
   * unless {@code includeDrafts}.
   */
  public static Library validate(Library library, boolean includeDrafts, Problems problems) {
    Set<String> drafts = library.articles().stream().filter(Article::draft).map(Article::slug).collect(Collectors.toSet());
    return validate(library, includeDrafts ? drafts : Set.of(), LoadGaps.none(), Set.of(), problems);
  }

  /** What the warnings of {@link #datesAfter} say of a date: words no other problem has. */
  private static final String IN_THE_FUTURE = "in the future";

  /** True for a warning of {@link #datesAfter}, which depends on the day it is given. */
  public static boolean isAboutToday(Problem problem) {
    return problem.message().contains(IN_THE_FUTURE);
  }

  /**
   * Warns of every entry of {@code library} dated after {@code today}: a source published, or an entry
   * added, on a day that has not come yet is a mistyped year or day. Warnings, which {@code --strict}
   * makes errors: the site's pages do not depend on the day they are built. Each is given where the
   * date is written.
   *
   * @param today the date where it is latest on Earth now (so that no editor's today is in the future)
   */
  public static void datesAfter(Library library, LocalDate today, Problems problems) {
    datesAfter(library, today, Set.of(), "", problems);
  }

  /**
   * As {@link #datesAfter(Library, LocalDate, Problems)}; the warnings of the drafts left out ({@code
   * hidden}, their files) say, as their other problems do, why they do not stop the build: {@code why}
   * ("the entry is a draft, so it is not published").
   */
  public static void datesAfter(Library library, LocalDate today, Set<Path> hidden, String why, Problems problems) {
    for (Article a : library.articles()) {
      String note = hidden.contains(a.file()) ? " (" + why + ")" : "";
      if (a.published() != null && a.published().start().isAfter(today)) {
        problems.warning(a.published().writtenAt(), "the source's date " + a.published().written() + " is " + IN_THE_FUTURE + note,
            "check the year and the day: an entry cites a source already published");
      }
      a.added().filter(day -> day.isAfter(today)).ifPresent(day -> problems.warning(a.addedAt(),
          "the entry is added on " + day + ", a day " + IN_THE_FUTURE + note, "write the day the entry was added: today, or a day before"));
    }
  }

  /**
   * Validates as {@link #validate(Library, boolean, Problems)}, without reporting again what {@code gaps}
   * says could not be loaded. The drafts in {@code shownDrafts} are published with the rest (a preview);
   * references to any other draft are errors.
   *
   * @param reservedSlugs the names of the generator's own pages and folders, which a free page's slug
   *     may not take (see {@code PageTypes.reservedSlugs})
   */
  public static Library validate(Library library, Set<String> shownDrafts, LoadGaps gaps, Set<String> reservedSlugs, Problems problems) {
    Set<String> unpublished = new HashSet<>(gaps.draftSlugs());
    unpublished.removeAll(shownDrafts);
    // a reference to a slug that a published entry has is to that entry, whatever a draft takes it too
    library.articles().stream().filter(a -> !a.draft()).forEach(a -> unpublished.remove(a.slug()));
    return new ContentValidator(gaps, Set.copyOf(unpublished), reservedSlugs, library.actors()).run(library, shownDrafts, problems);
  }

  /**
   * Each actor's id by the slug of its name and of each of its variants ("volodymyr-zelensky" for
   * 'zelensky'), for an id written as a name; a slug that two actors' names give is left out. Made only
   * for an unknown actor: a name in another script takes the transliterator a moment to slugify.
   */
  private static Map<String, String> actorNames(List<Actor> actors) {
    Map<String, String> byName = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Actor actor : actors) {
      List<String> names = new ArrayList<>(actor.variants());
      names.add(actor.name());
      for (String name : names) {
        Slugs.slugify(name, 80).ifPresent(slug -> {
          String other = byName.putIfAbsent(slug, actor.id());
          if (other != null && !other.equals(actor.id())) {
            shared.add(slug);
          }
        });
      }
    }
    shared.forEach(byName::remove);
    return Map.copyOf(byName);
  }

  private final Set<String> broken;
  private final Set<String> unreadable;
  private final List<EntryReferences> unreadEntries;
  private final Set<String> unpublishedDrafts;
  private final Set<String> reservedSlugs;
  private final List<Actor> actorRecords;

  private ContentValidator(LoadGaps gaps, Set<String> unpublishedDrafts, Set<String> reservedSlugs, List<Actor> actors) {
    this.broken = gaps.brokenIds();
    this.unreadEntries = gaps.unreadEntries();
    this.unreadable = gaps.unreadable();
    this.unpublishedDrafts = unpublishedDrafts;
    this.reservedSlugs = reservedSlugs;
    this.actorRecords = actors;
  }

  private Library run(Library library, Set<String> shownDrafts, Problems problems) {
    SiteConfig site = library.site();
    Set<String> stances = ids(site.stances(), SiteConfig.Stance::id);
    Set<String> tags = ids(site.tags(), SiteConfig.Tag::id);
    Set<String> actors = ids(library.actors(), Actor::id);
    Set<String> terms = ids(library.glossary(), GlossaryTerm::id);
    Set<String> context = ids(library.context(), ContextSource::id);
    Map<String, Article> articles = new HashMap<>();
    // the entries blamed for taking another's slug: their own slug is the error, not what follows from it
    Set<Path> misnamed = new HashSet<>();
    for (Article article : library.articles()) {
      Article first = articles.putIfAbsent(article.slug(), article);
      if (first != null) {
        // blame the draft when one of the two is (it is the one left out); else the entry whose own
        // 'slug:' line collides; else the file whose name sorts later
        boolean firstExplicit = first.slugAt().line() > 0;
        boolean laterExplicit = article.slugAt().line() > 0;
        boolean blameFirst = first.draft() != article.draft() ? first.draft()
            : firstExplicit != laterExplicit ? firstExplicit
            : first.file().getFileName().toString().compareTo(article.file().getFileName().toString()) > 0;
        Article culprit = blameFirst ? first : article;
        misnamed.add(culprit.file());
        Article other = blameFirst ? article : first;
        boolean culpritExplicit = blameFirst ? firstExplicit : laterExplicit;
        boolean otherExplicit = blameFirst ? laterExplicit : firstExplicit;
        problems.error(slugAt(culprit),
            "the slug '" + article.slug() + "'" + (culpritExplicit ? "" : " (from this file's name)") + " is already used by "
                + shown(other.file()) + ":" + slugAt(other).line() + ":" + slugAt(other).column() + (otherExplicit ? "" : " (from its file name)"),
            "rename one of the two files or set a different 'slug:' in one of them");
      }
    }
    Set<String> published = library.articles().stream().filter(a -> isPublished(a, shownDrafts))
        .map(Article::slug).collect(Collectors.toSet());
    Sources sources = new Sources(articles.keySet(), published, context);

    duplicates(library.actors(), Actor::id, Actor::at, "actor", problems);
    duplicates(library.timeline(), TimelineEvent::id, TimelineEvent::at, "timeline event", problems);
    duplicates(library.glossary(), GlossaryTerm::id, GlossaryTerm::at, "glossary term", problems);
    duplicates(library.context(), ContextSource::id, ContextSource::at, "context source", problems);
    duplicates(library.positions(), Position::id, Position::at, "position", problems);
    duplicates(library.claims(), Claim::id, Claim::at, "claim", problems);
    variants(library.actors(), problems);
    for (Actor actor : library.actors()) {
      actor.members().forEach(ref -> check(ref, actors, "actor", "content/actors.yaml", problems));
    }

    for (Article article : library.articles()) {
      Set<String> inArticle = new HashSet<>();
      boolean actorsResolved = true;
      for (Article.Involved involved : article.actors()) {
        actorsResolved &= check(involved.actor(), actors, "actor", "content/actors.yaml", problems);
        if (!inArticle.add(involved.actor().id())) {
          problems.error(involved.actor().at(), "the actor '" + involved.actor().id() + "' is listed twice", "keep one item per actor and entry");
        }
      }
      for (Article.Quote quote : article.quotes()) {
        // with an unresolved actor the list is already reported as wrong; do not report its consequences
        if (check(quote.speaker(), actors, "actor", "content/actors.yaml", problems) && actorsResolved
            && !inArticle.contains(quote.speaker().id())) {
          problems.error(quote.speaker().at(), "the speaker '" + quote.speaker().id() + "' is not among this entry's actors",
              "add '" + quote.speaker().id() + "' under 'actors:' with a note on what it does here");
        }
      }
      article.tags().forEach(tag -> check(tag, tags, "tag", "the tags in content/site.yaml", problems));
      for (Ref related : article.related()) {
        if (related.id().equals(article.slug()) && !misnamed.contains(article.file())) {
          problems.error(related.at(), "the entry lists itself as related", "remove '" + related.id() + "' from 'related:'");
        } else if (published.contains(article.slug())) {
          checkEntry(related, articles.keySet(), published, problems);
        }
      }
    }
    // an entry file that could not be read into an entry: the ids it names, with its own errors
    for (EntryReferences named : unreadEntries) {
      named.actors().forEach(ref -> check(ref, actors, "actor", "content/actors.yaml", problems));
      named.tags().forEach(tag -> check(tag, tags, "tag", "the tags in content/site.yaml", problems));
    }
    for (TimelineEvent event : library.timeline()) {
      cited(event, sources, problems);
      event.actors().forEach(ref -> check(ref, actors, "actor", "content/actors.yaml", problems));
    }
    for (Claim claim : library.claims()) {
      cited(claim, sources, problems);
      claim.heldBy().forEach(ref -> check(ref, actors, "actor", "content/actors.yaml", problems));
    }
    for (GlossaryTerm term : library.glossary()) {
      cited(term, sources, problems);
      term.related().forEach(ref -> check(ref, terms, "glossary term", "content/glossary.yaml", problems));
    }
    for (Position position : library.positions()) {
      check(position.actor(), actors, "actor", "content/actors.yaml", problems);
      check(position.stance(), stances, "stance", "the stances in content/site.yaml", problems);
      cited(position, sources, problems);
    }
    reportedIn(library, problems);
    pages(library.pages(), problems);
    warnings(library, shownDrafts, problems);
    library.site().houseRules().ifPresent(rules -> houseRules(library, rules, published, problems));

    // by the entry, not its slug: a draft left out that takes a published entry's slug stays out
    return library.with(library.articles().stream().filter(a -> isPublished(a, shownDrafts)).toList());
  }

  /**
   * The entry and page files of {@code library} whose page cannot be placed, for an error of their
   * slug that {@link #validate} reports: an entry whose slug another entry has too, a page whose slug
   * another page has, or that is not usable in a URL, or reserved ({@code reservedSlugs}), and every
   * page marked as the home page after the first.
   */
  public static Set<Path> unplaced(Library library, Set<String> reservedSlugs) {
    Set<Path> files = new HashSet<>();
    library.articles().stream().collect(Collectors.groupingBy(Article::slug)).values().stream()
        .filter(same -> same.size() > 1).forEach(same -> same.forEach(a -> files.add(a.file())));
    library.pages().stream().collect(Collectors.groupingBy(Page::slug)).values().stream()
        .filter(same -> same.size() > 1).forEach(same -> same.forEach(p -> files.add(p.file())));
    boolean home = false;
    for (Page page : library.pages()) {
      if (page.home() ? home : !Fields.ID.matcher(page.slug()).matches() || reservedSlugs.contains(page.slug())) {
        files.add(page.file());
      }
      home |= page.home();
    }
    return Set.copyOf(files);
  }

  /** Whether {@code article} is published: it is not a draft, or it is one of the drafts a preview shows. */
  private static boolean isPublished(Article article, Set<String> shownDrafts) {
    return !article.draft() || shownDrafts.contains(article.slug());
  }

  /**
   * What an item may cite.
   *
   * @param entries every entry's slug, drafts included
   * @param published the entries that will be published
   * @param context the context sources' ids
   */
  private record Sources(Set<String> entries, Set<String> published, Set<String> context) {}

  /**
   * Checks an item's citations: entries under {@code articles}, context sources under {@code context},
   * and neither in the other's list (a context fact is never credited to an entry).
   */
  private void cited(Cited item, Sources sources, Problems problems) {
    for (Ref ref : item.articles()) {
      if (!sources.entries().contains(ref.id()) && sources.context().contains(ref.id())) {
        problems.error(ref.at(), "'" + ref.id() + "' is a context source, not an entry",
            "move it to 'context:'; 'articles:' lists only entries whose own text reports this");
      } else {
        checkEntry(ref, sources.entries(), sources.published(), problems);
      }
    }
    for (Ref ref : item.context()) {
      if (!sources.context().contains(ref.id()) && sources.entries().contains(ref.id())) {
        problems.error(ref.at(), "'" + ref.id() + "' is an entry, not a context source",
            "move it to 'articles:'; 'context:' lists only ids from content/context.yaml");
      } else {
        check(ref, sources.context(), "context source", "content/context.yaml", problems);
      }
    }
  }

  /**
   * A context source is never reported in an entry's outlet or in the agency an entry relays: a fact an
   * entry reports is credited to the entry. A draft's outlet gives a warning, not an error: the draft is
   * not published, and a fresh scaffold naming a common outlet must not stop the build.
   */
  private static void reportedIn(Library library, Problems problems) {
    Map<String, Owner> owners = new LinkedHashMap<>();
    // the published entries first, so that an outlet a published entry and a draft share is an error
    for (boolean drafts : new boolean[] {false, true}) {
      for (Article a : library.articles()) {
        if (a.draft() == drafts) {
          a.source().outlet().ifPresent(outlet -> owners.putIfAbsent(outlet, new Owner("the outlet of the entry '" + a.slug() + "'", drafts)));
          a.source().relays().ifPresent(relays -> owners.putIfAbsent(relays, new Owner("relayed by the entry '" + a.slug() + "'", drafts)));
        }
      }
    }
    for (ContextSource source : library.context()) {
      owners.forEach((name, owner) -> {
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (word.matcher(source.reportedIn()).find()) {
          report(problems, owner.draft(), source.reportedInAt(), "the context source '" + source.id() + "' is reported in " + name + ", " + owner.what()
                  + ": context is never credited to an entry" + (owner.draft() ? " (that entry is a draft: this is an error once it is published)" : ""),
              "cite the entry under 'articles:' where this fact is used and remove the context source, or name where else it was reported");
        }
      });
    }
  }

  /**
   * Whose an outlet or an agency is, for {@link #reportedIn}.
   *
   * @param what "the outlet of the entry 'x'" or "relayed by the entry 'x'"
   * @param draft whether that entry is a draft
   */
  private record Owner(String what, boolean draft) {}

  /**
   * What is allowed but worth a look: drafts left out, entries without quotes (unless the entry has
   * errors, which may be why: a quote without its speaker is left out).
   */
  private static void warnings(Library library, Set<String> shownDrafts, Problems problems) {
    Set<Path> withErrors = problems.all().stream().filter(Problem::isError).map(p -> p.at().file()).collect(Collectors.toSet());
    for (Article a : library.articles()) {
      Location top = new Location(a.file(), 1, 1);
      if (!isPublished(a, shownDrafts)) {
        problems.warning(top, "the entry is a draft and will not be published", "remove 'draft: true' when it is ready");
      }
      if (a.quotes().isEmpty() && !withErrors.contains(a.file())) {
        problems.warning(top, "the entry has no quotes", "add the source's key quotes under 'quotes:', verbatim");
      }
    }
  }

  /** The words of Markdown text: link addresses and markup left out. */
  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

  /**
   * The house rules of site.yaml: how long a summary is and how many key points an entry has. A draft
   * gets warnings, so that the rules show while it is written; a published entry gets errors.
   */
  private static void houseRules(Library library, SiteConfig.HouseRules rules, Set<String> published, Problems problems) {
    for (Article a : library.articles()) {
      boolean draft = !published.contains(a.slug()) || a.draft();
      rules.summaryWords().ifPresent(range -> {
        long words = WORD.matcher(LINK_TARGET.matcher(a.body().text()).replaceAll("]")).results().count();
        if (!range.contains((int) words)) {
          String message = words == 0 ? "the summary is empty"
              : "the summary has " + words + " words; the house rule is " + range.min() + "–" + range.max();
          report(problems, draft, a.body().start(), message, (words < range.min() ? "write it out to at least " + range.min() : "cut it to " + range.max() + " or fewer")
              + " words (house_rules in content/site.yaml)");
        }
      });
      rules.keyPoints().ifPresent(range -> {
        int points = a.keyPoints().size();
        // none at all is already a problem of the required field 'key_points'
        if (points > 0 && !range.contains(points)) {
          Location at = a.keyPoints().get(0).at();
          report(problems, draft, at, "the entry has " + points + " key point" + (points == 1 ? "" : "s") + "; the house rule is "
              + range.min() + "–" + range.max(), points < range.min() ? "add the main points, in our words" : "keep the " + range.max() + " that matter most");
        }
      });
    }
  }

  private static void report(Problems problems, boolean draft, Location at, String message, String fix) {
    if (draft) {
      problems.warning(at, message, fix);
    } else {
      problems.error(at, message, fix);
    }
  }

  /** Where an entry's slug is written: its 'slug:' line, else the start of the file, whose name gives it. */
  private static Location slugAt(Article article) {
    return article.slugAt().line() > 0 ? article.slugAt() : new Location(article.file(), 1, 1);
  }

  /**
   * An example of a slug {@code page} could take instead of its reserved one: the one its file name gives,
   * when that is free ({@code taken}: the reserved slugs and every page's).
   */
  private static String otherSlug(Page page, Set<String> taken) {
    String fromName = page.file().getFileName().toString().replaceFirst("\\.md$", "");
    return Fields.ID.matcher(fromName).matches() && !taken.contains(fromName)
        ? ", or remove the line to use '" + fromName + "', from the file's name" : "";
  }

  /** Where a page's slug is written: its 'slug:' line, else the start of the file, whose name gives it. */
  private static Location slugAt(Page page) {
    return page.slugAt().line() > 0 ? page.slugAt() : new Location(page.file(), 1, 1);
  }

  /** A content file as editors name it: "content/articles/x.md". */
  private static String shown(Path file) {
    Path dir = file.getParent();
    Path content = dir == null ? null : dir.getParent();
    String prefix = content == null || content.getFileName() == null ? "" : content.getFileName() + "/";
    return prefix + (dir == null || dir.getFileName() == null ? "" : dir.getFileName() + "/") + file.getFileName();
  }

  private void pages(List<Page> pages, Problems problems) {
    Map<String, Page> bySlug = new HashMap<>();
    Set<String> taken = new HashSet<>(reservedSlugs);
    pages.forEach(p -> taken.add(p.slug()));
    for (Page page : pages) {
      boolean explicit = page.slugAt().line() > 0;
      String from = explicit ? "" : " (from this file's name)";
      if (!Fields.ID.matcher(page.slug()).matches()) {
        String example = Slugs.slugify(page.slug(), 60).orElse("my-page");
        problems.error(slugAt(page), "the slug '" + page.slug() + "'" + from + " is not usable in a URL", explicit
            ? "use lowercase letters, digits and single hyphens, e.g. 'slug: " + example + "'"
            : "rename the file to lowercase letters, digits and hyphens, e.g. '" + example + ".md', or set 'slug:' in its front matter");
      } else if (reservedSlugs.contains(page.slug()) && !page.home()) {
        problems.error(slugAt(page), "the slug '" + page.slug() + "'" + from + " is reserved for the generator's own pages",
            explicit ? "set another 'slug:'" + otherSlug(page, taken) : "rename the file, or set another 'slug:' in its front matter");
      }
      Page first = bySlug.putIfAbsent(page.slug(), page);
      if (first != null) {
        Location other = slugAt(first);
        problems.error(slugAt(page), "the slug '" + page.slug() + "'" + from + " is already used by " + shown(first.file()) + ":" + other.line() + ":"
            + other.column() + (first.slugAt().line() > 0 ? "" : " (from its file name)"), "rename one of the two files or set another 'slug:' in one of them");
      }
    }
    List<Page> homes = pages.stream().filter(Page::home).toList();
    if (homes.isEmpty() && !pages.isEmpty()) {
      problems.error(Location.of(pages.get(0).file().getParent()), "no page is marked as the home page", "add 'home: true' to the front matter of the overview page");
    } else if (homes.size() > 1) {
      problems.error(homes.get(1).homeAt(), "a second page is marked 'home: true' (the first is " + shown(homes.get(0).file()) + ")", "keep 'home: true' on one page only");
    }
  }

  private static void variants(List<Actor> actors, Problems problems) {
    Map<String, Actor> owner = new HashMap<>();
    for (Actor actor : actors) {
      Set<String> names = new HashSet<>();
      names.add(actor.name().toLowerCase(Locale.ROOT));
      actor.variants().forEach(v -> names.add(v.toLowerCase(Locale.ROOT)));
      for (String name : names) {
        Actor first = owner.putIfAbsent(name, actor);
        if (first != null && !first.id().equals(actor.id())) {
          problems.error(actor.at(), "the name '" + name + "' is used by both '" + first.id() + "' and '" + actor.id() + "'",
              "a spelling may belong to one actor only; remove it from one of them");
        }
      }
    }
  }

  private boolean check(Ref ref, Set<String> known, String what, String where, Problems problems) {
    if (known.contains(ref.id())) {
      return true;
    }
    if (broken.contains(ref.id()) || unreadable.contains(SOURCE_FILE.getOrDefault(what, ""))) {
      return false; // exists, or may: its own errors are reported where it is defined
    }
    String hint = DidYouMean.hintByWords(ref.id(), known);
    if (hint.isEmpty() && what.equals("actor")) {
      // an id written as the actor's name, or one of its spellings: "volodymyr-zelensky" for 'zelensky'
      Map<String, String> byName = actorNames(actorRecords);
      hint = DidYouMean.closest(ref.id(), byName.keySet()).map(byName::get).filter(known::contains)
          .map(id -> "did you mean '" + id + "'? ").orElse("");
    }
    problems.error(ref.at(), "unknown " + what + " '" + ref.id() + "'", hint
        + (what.equals("stance") || what.equals("tag") ? idsFrom(known, where) : "use an id from " + where)
        + (what.equals("actor") ? ", or add the actor there: ./explainer new --actor \"Full Name\"" : "")
        + (what.equals("tag") ? ", or declare it there under 'tags:' ('- id: " + ref.id() + "' with its 'label:' and 'description:')" : ""));
    return false;
  }

  /** "use one of: a, b, c (the stances in content/site.yaml)" when there are few, else where the ids are. */
  private static String idsFrom(Set<String> known, String where) {
    return known.isEmpty() || known.size() > 12 ? "use an id from " + where
        : "use one of: " + String.join(", ", known.stream().sorted().toList()) + " (from " + where + ")";
  }

  private void checkEntry(Ref ref, Set<String> all, Set<String> published, Problems problems) {
    if (!all.contains(ref.id()) && unpublishedDrafts.contains(ref.id())) {
      problems.error(ref.at(), "the entry '" + ref.id() + "' is a draft and will not be published", "publish it (remove 'draft: true') or remove this reference");
      return;
    }
    if (check(ref, all, "entry", "content/articles/ (the file name without its date and .md)", problems) && !published.contains(ref.id())) {
      problems.error(ref.at(), "the entry '" + ref.id() + "' is a draft and will not be published", "publish it (remove 'draft: true') or remove this reference");
    }
  }

  private static <T> Set<String> ids(Collection<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toUnmodifiableSet());
  }

  private static <T> void duplicates(List<T> items, Function<T, String> id, Function<T, Location> at, String what, Problems problems) {
    Map<String, T> seen = new HashMap<>();
    for (T item : items) {
      T first = seen.putIfAbsent(id.apply(item), item);
      if (first != null && !id.apply(item).isEmpty()) {
        problems.add(Problem.error(at.apply(item),
            "the " + what + " id '" + id.apply(item) + "' is already used on line " + at.apply(first).line(),
            "give each " + what + " its own id"));
      }
    }
  }
}
