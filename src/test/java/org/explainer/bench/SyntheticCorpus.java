package org.explainer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * A deterministic synthetic corpus for benchmarks: {@code N} entries in our content model, written as a
 * content folder for this generator and, with the same entries, as a Hugo site, so that both generators
 * do comparable work (one page per entry, lists of entries, tag pages).
 *
 * <p>Layout written under {@code <out>}:
 *
 * <pre>
 * content/   site.yaml (5 stances, 20 tags), actors.yaml (30), timeline.yaml (50 events citing entries),
 *            glossary.yaml (20 terms), pages/overview.md (home), pages/about.md,
 *            articles/NNNNN-slug.md (full front matter, ~600-word Markdown body)
 * hugo/      config.toml (paginate = 20, taxonomy "tags"), data/actors.yaml, data/stances.yaml, content/_index.md,
 *            content/about.md, content/articles/_index.md, content/articles/NNNNN-slug.md,
 *            content/tags/ID/_index.md, layouts/ (baseof, single, list, taxonomy, term, index), static/style.css
 * </pre>
 *
 * <p>Every entry is drawn from its own random stream, seeded from the corpus seed and its number, so the
 * same seed and size always give byte-identical files. An entry's body has two {@code ##} headings, a
 * bullet list, an external link and one internal link to another entry's {@code .md} file (in the Hugo
 * copy, a plain relative link {@code ../NNNNN-slug/} that Hugo does not check).
 *
 * <p>Run: {@code java -cp target/test-classes org.explainer.bench.SyntheticCorpus --entries 1000 --out DIR
 * [--seed 42]}. The output folders must not exist yet.
 */
public final class SyntheticCorpus {
  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 20_241_201L;
  /** Number of tags in site.yaml. */
  public static final int TAGS = 20;
  /** Number of actors in actors.yaml. */
  public static final int ACTORS = 30;
  /** Number of timeline events. */
  public static final int EVENTS = 50;
  /** Number of glossary terms. */
  public static final int TERMS = 20;
  /** Entries per page in the Hugo lists. */
  public static final int PAGE_SIZE = 20;

  private static final String BASE_URL = "https://bench.example.org/";
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 3650;

  private static final String[][] STANCES = {
    {"invite-now", "Invite now", "Holds that an invitation should be issued now."},
    {"membership-later", "Membership, but not yet", "Supports eventual membership but not an invitation now."},
    {"no-consensus", "No consensus yet", "Reported as not yet agreed on an invitation now."},
    {"opposes", "Opposes membership", "Seeks to keep the candidate out of the alliance altogether."},
    {"undeclared", "Not stated", "Appears in the source without a stated position."},
  };

  private static final String[] TAG_WORDS = {
    "invitation", "summit", "ministerial", "letter", "peace plan", "consensus", "accession path", "one step",
    "guarantees", "collective defence", "ceasefire", "protection zone", "escalation", "working group",
    "reform", "ratification", "budget", "public opinion", "elections", "sanctions",
  };

  private static final String[] FIRST_NAMES = {
    "Anna", "Boris", "Clara", "Dmytro", "Elena", "Filip", "Greta", "Henrik", "Irena", "Jonas", "Katya", "Lukas",
    "Marta", "Nils", "Olena", "Pavel", "Rasa", "Stefan", "Tomas", "Ulla", "Viktor", "Wanda", "Yuri", "Zofia",
  };
  private static final String[] LAST_NAMES = {
    "Aaltonen", "Berezin", "Castell", "Dovzhenko", "Eklund", "Ferreira", "Gashi", "Horvat", "Ilves", "Jansen",
    "Kovalenko", "Lindqvist", "Marek", "Novak", "Ostrowski", "Petrenko", "Quist", "Rudd", "Sorensen", "Tamm",
    "Urban", "Varga", "Wolff", "Zeman",
  };
  private static final String[] COUNTRIES = {"Arvland", "Belmark", "Corvinia", "Dunmore", "Estrava", "Falkrin"};
  private static final String[] ROLES = {
    "Foreign minister", "Defence minister", "Prime minister", "President", "Ambassador to the alliance",
    "Chair of the foreign affairs committee", "Deputy prime minister", "Head of the presidential office",
  };
  private static final String[] INSTITUTIONS = {
    "Alliance Council", "Ministry of Foreign Affairs of Arvland", "Parliament of Belmark", "Government of Corvinia",
    "Allied Military Committee", "Office of the President of Estrava",
  };

  private static final String[] OUTLETS = {
    "The Daily Ledger", "Northern Courier", "Capital Gazette", "Harbour Times", "Evening Standard Review",
    "Morning Dispatch", "The Observer Weekly", "Continental Post", "Baltic Herald", "Metro Chronicle",
    "Valley Tribune", "The Independent Record",
  };
  private static final String[] AGENCIES = {"Agence Presse", "Global Wire", "United Newsroom", "Nordic News Agency", "Central Press"};

  private static final String[][] GLOSSARY = {
    {"consensus rule", "unanimity"}, {"accession protocol", ""}, {"security guarantees", "guarantees"},
    {"ceasefire line", ""}, {"membership action plan", "MAP"}, {"open door policy", ""},
    {"collective defence", ""}, {"interim arrangement", ""}, {"ratification", ""}, {"observer status", ""},
    {"partnership council", ""}, {"defence pledge", ""}, {"frozen conflict", ""}, {"enlargement round", "enlargement"},
    {"veto", ""}, {"deterrence posture", "deterrence"}, {"summit communique", "communique"},
    {"capability targets", ""}, {"neutrality clause", "neutrality"}, {"reform benchmarks", "benchmarks"},
  };

  private static final String[] SUBJECTS = {
    "the ministers", "the allies", "officials in the capital", "the delegation", "several governments",
    "the secretary general", "diplomats", "the parliament", "analysts", "the government", "negotiators",
    "the committee", "the president", "critics of the plan", "supporters of the bid", "the opposition",
  };
  private static final String[] VERBS = {
    "argued that", "warned that", "noted that", "insisted that", "suggested that", "conceded that",
    "recalled that", "stressed that", "said that", "wrote that", "told reporters that", "made clear that",
  };
  private static final String[] MODALS = {"would", "could", "should", "might", "will", "must", "would not", "could still"};
  private static final String[] ACTIONS = {
    "delay", "support", "reconsider", "weigh", "review", "endorse", "question", "accelerate", "postpone",
    "clarify", "defend", "revisit", "welcome", "rule out", "prepare",
  };
  private static final String[] OBJECTS = {
    "the invitation", "the timetable", "the accession talks", "the ceasefire proposal", "the next summit",
    "the reform agenda", "the joint declaration", "further aid", "the defence budget", "the membership bid",
    "a new framework", "the regional plan", "the letter to partners", "the peace talks", "the final text",
  };
  private static final String[] TAILS = {
    "before the end of the year", "after the elections", "once the fighting stops", "at the next meeting",
    "without a clear date", "in the coming months", "despite objections from partners", "as the talks continue",
    "for now", "under strict conditions", "while the war goes on", "if every ally agrees",
  };
  private static final String[] HEADINGS = {
    "Background", "What was said", "The case for waiting", "Reactions", "What comes next", "The timetable",
    "Objections", "How it was reported", "The wider debate", "Open questions", "The numbers", "Earlier positions",
    "The view from the capital", "Between the lines", "Points of agreement", "The dissenting view",
  };
  private static final String[] DEK_OPENERS = {
    "A report on how", "An account of why", "Coverage of the moment when", "A summary of how", "Reporting on why",
  };

  /**
   * The Hugo twin's layouts and stylesheet, as {path, text}: a base layout, the entry page (headline,
   * dek, source, key points, body, quotes, actors, tags), a paginated list (the entries section and
   * each tag, {@value #PAGE_SIZE} per page), the tags index and the home page with the latest entries.
   */
  private static final String[][] HUGO_LAYOUTS = {
    {"layouts/_default/baseof.html", """
        <!DOCTYPE html>
        <html lang="{{ site.LanguageCode }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
        <meta name="description" content="{{ with .Params.dek }}{{ . }}{{ else }}{{ with .Description }}{{ . }}{{ else }}{{ site.Title }}{{ end }}{{ end }}">
        <link rel="canonical" href="{{ .Permalink }}">
        <link rel="stylesheet" href="{{ "style.css" | relURL }}">
        {{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
        </head>
        <body>
        <header class="site-header"><a class="brand" href="{{ "/" | relURL }}">{{ site.Title }}</a>
        <nav><a href="{{ "articles/" | relURL }}">Entries</a> <a href="{{ "tags/" | relURL }}">Topics</a> <a href="{{ "about/" | relURL }}">About</a></nav>
        </header>
        <main id="main">
        {{ block "main" . }}{{ end }}
        </main>
        <footer><p>{{ site.Title }} · text under CC BY 4.0</p></footer>
        </body>
        </html>
        """},
    {"layouts/partials/card.html", """
        <li class="card"><a href="{{ .RelPermalink }}">{{ .Params.headline }}</a>
        <p>{{ .Params.dek }}</p>
        <p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .Params.source.outlet }}, citing {{ .Params.source.relays }}</p></li>
        """},
    {"layouts/articles/single.html", """
        {{ define "main" }}
        <article>
        <header><h1>{{ .Params.headline }}</h1><p class="dek">{{ .Params.dek }}</p></header>
        {{ with .Params.source }}
        <aside class="source-box"><h2 id="source-heading">Source</h2><dl>
        <dt>Outlet</dt><dd>{{ .outlet }}</dd>
        {{ with .relays }}<dt>Citing</dt><dd>{{ . }}</dd>{{ end }}
        {{ with .headline }}<dt>Original headline</dt><dd>“{{ . }}”</dd>{{ end }}
        <dt>Published</dt><dd><time datetime="{{ $.Date.Format "2006-01-02" }}">{{ $.Date.Format "2 January 2006" }}</time></dd>
        {{ with .url }}<dt>Original</dt><dd><a href="{{ . }}" rel="noopener">{{ . }}</a></dd>{{ end }}
        </dl></aside>
        {{ end }}
        <section><h2 id="points-heading">Key points</h2><ul class="key-points">{{ range .Params.key_points }}<li>{{ . }}</li>{{ end }}</ul></section>
        <section class="prose"><h2 id="summary-heading">Summary</h2>
        {{ .Content }}
        </section>
        {{ with .Params.quotes }}<section><h2 id="quotes-heading">In their words</h2>
        {{ range . }}<figure class="quote"><blockquote><p>{{ .text }}</p></blockquote><figcaption>— {{ (index site.Data.actors .speaker).name }}, {{ .context }}</figcaption></figure>
        {{ end }}</section>{{ end }}
        <section><h2 id="who-heading">Who is involved</h2><ul class="positions">
        {{ range .Params.actors }}<li>{{ (index site.Data.actors .id).name }} <span class="stance stance-{{ .stance }}">{{ (index site.Data.stances .stance).label }}</span><br>{{ .note }}</li>
        {{ end }}</ul></section>
        <section><h2 id="tags-heading">Topics</h2><ul class="tags">{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></section>
        </article>
        {{ end }}
        """},
    {"layouts/_default/single.html", """
        {{ define "main" }}
        <article class="prose"><h1>{{ .Title }}</h1>
        {{ .Content }}
        </article>
        {{ end }}
        """},
    {"layouts/_default/list.html", """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ with .Description }}<p>{{ . }}</p>{{ end }}
        {{ $pager := .Paginate .Pages }}
        <ol class="cards">
        {{ range $pager.Pages }}{{ partial "card.html" . }}{{ end }}
        </ol>
        {{ template "_internal/pagination.html" . }}
        {{ end }}
        """},
    {"layouts/_default/term.html", """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ with .Description }}<p>{{ . }}</p>{{ end }}
        {{ $pager := .Paginate .Pages }}
        <ol class="cards">
        {{ range $pager.Pages }}{{ partial "card.html" . }}{{ end }}
        </ol>
        {{ template "_internal/pagination.html" . }}
        {{ end }}
        """},
    {"layouts/_default/taxonomy.html", """
        {{ define "main" }}
        <h1>Topics</h1>
        <ul class="tag-cards">
        {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})<br>{{ .Page.Description }}</li>
        {{ end }}</ul>
        {{ end }}
        """},
    {"layouts/index.html", """
        {{ define "main" }}
        <h1>{{ site.Title }}</h1>
        <div class="prose">{{ .Content }}</div>
        <h2>Latest entries</h2>
        <ol class="cards">
        {{ range first 5 (where site.RegularPages "Section" "articles") }}{{ partial "card.html" . }}{{ end }}
        </ol>
        <p><a href="{{ "articles/" | relURL }}">All entries</a></p>
        {{ end }}
        """},
    {"static/style.css", """
        body{font:1rem/1.5 system-ui,sans-serif;max-width:44rem;margin:0 auto;padding:1rem}
        .dek{font-size:1.2rem}.cards{padding:0}.card{list-style:none;margin:1rem 0}
        .meta{color:#555}.stance{font-size:.8rem;padding:0 .3rem;border:1px solid}
        """},
  };

  private final int entries;
  private final long seed;
  private final List<String> tagIds = new ArrayList<>();
  private final List<String> tagLabels = new ArrayList<>();
  private final List<String> actorIds = new ArrayList<>();
  private final List<String> actorNames = new ArrayList<>();
  private final List<String> termIds = new ArrayList<>();
  private final String[] slugs;
  private final LocalDate[] dates;

  /**
   * A corpus of {@code entries} entries drawn from {@code seed}.
   *
   * @throws IllegalArgumentException when {@code entries} is below 1
   */
  public SyntheticCorpus(int entries, long seed) {
    if (entries < 1) {
      throw new IllegalArgumentException("a corpus needs at least one entry, not " + entries);
    }
    this.entries = entries;
    this.seed = seed;
    for (String word : TAG_WORDS) {
      tagIds.add(slugify(word));
      tagLabels.add(capitalize(word));
    }
    SplittableRandom names = stream(-1);
    LinkedHashSet<String> people = new LinkedHashSet<>();
    while (people.size() < ACTORS - INSTITUTIONS.length) {
      people.add(FIRST_NAMES[names.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[names.nextInt(LAST_NAMES.length)]);
    }
    for (String person : people) {
      actorNames.add(person);
      actorIds.add(slugify(person));
    }
    for (String institution : INSTITUTIONS) {
      actorNames.add(institution);
      actorIds.add(slugify(institution));
    }
    for (String[] term : GLOSSARY) {
      termIds.add(slugify(term[0]));
    }
    slugs = new String[entries];
    dates = new LocalDate[entries];
    for (int i = 0; i < entries; i++) {
      SplittableRandom r = stream(i);
      dates[i] = FIRST_DAY.plusDays(r.nextInt(DAYS));
      slugs[i] = String.format(Locale.ROOT, "%05d-%s", i + 1, slugify(headline(r, i)));
    }
  }

  /** Number of entries. */
  public int entries() {
    return entries;
  }

  /** The file name of entry {@code i} (0-based) under articles/, e.g. {@code 00001-novak-urges-the-allies.md}. */
  public String fileName(int i) {
    return slugs[i] + ".md";
  }

  /** The slug (id) of entry {@code i}. */
  public String slug(int i) {
    return slugs[i];
  }

  /** Writes {@code out/content} and {@code out/hugo}; neither may exist yet. */
  public void write(Path out) {
    writeContent(out.resolve("content"));
    writeHugo(out.resolve("hugo"));
  }

  /** Writes the content folder of this generator into {@code dir}, which must not exist yet. */
  public void writeContent(Path dir) {
    createNew(dir);
    put(dir.resolve("site.yaml"), siteYaml());
    put(dir.resolve("actors.yaml"), actorsYaml());
    put(dir.resolve("timeline.yaml"), timelineYaml());
    put(dir.resolve("glossary.yaml"), glossaryYaml());
    put(dir.resolve("pages/overview.md"), overviewPage(false));
    put(dir.resolve("pages/about.md"), aboutPage(false));
    writeEach(dir.resolve("articles"), i -> entryFile(i));
  }

  /** Writes the equivalent Hugo site into {@code dir}, which must not exist yet. */
  public void writeHugo(Path dir) {
    createNew(dir);
    put(dir.resolve("config.toml"), hugoConfig());
    put(dir.resolve("data/actors.yaml"), hugoActors());
    StringBuilder stances = new StringBuilder();
    for (String[] st : STANCES) {
      stances.append(st[0]).append(":\n  label: ").append(q(st[1])).append('\n');
    }
    put(dir.resolve("data/stances.yaml"), stances.toString());
    put(dir.resolve("content/_index.md"), overviewPage(true));
    put(dir.resolve("content/about.md"), aboutPage(true));
    put(dir.resolve("content/articles/_index.md"), "---\ntitle: \"All entries\"\ndescription: \"Every entry, newest first.\"\n---\n");
    for (int t = 0; t < TAGS; t++) {
      put(dir.resolve("content/tags/" + tagIds.get(t) + "/_index.md"),
          "---\ntitle: " + q(tagLabels.get(t)) + "\ndescription: " + q(tagDescription(t)) + "\n---\n");
    }
    writeEach(dir.resolve("content/articles"), i -> hugoEntryFile(i));
    for (String[] layout : HUGO_LAYOUTS) {
      put(dir.resolve(layout[0]), layout[1]);
    }
  }

  private void writeEach(Path dir, IntFunction<String> text) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < entries; i++) {
      put(dir.resolve(fileName(i)), text.apply(i));
    }
  }

  // ---- content model ------------------------------------------------------------------------------

  /** The complete {@code .md} file of entry {@code i} in our content model. */
  public String entryFile(int i) {
    return "---\n" + frontMatter(i, false) + "---\n" + body(i, false);
  }

  /** The front matter of entry {@code i} (between the fences, without them). */
  public String frontMatter(int i) {
    return frontMatter(i, false);
  }

  /** The Markdown body of entry {@code i}, with its internal link to another entry's {@code .md} file. */
  public String body(int i) {
    return body(i, false);
  }

  /** The complete {@code .md} file of entry {@code i} in the Hugo copy. */
  public String hugoEntryFile(int i) {
    return "---\n" + frontMatter(i, true) + "---\n" + body(i, true);
  }

  private String frontMatter(int i, boolean hugo) {
    SplittableRandom r = stream(i);
    r.nextInt(DAYS); // the date, drawn in the constructor
    String headline = headline(r, i);
    StringBuilder y = new StringBuilder(2048);
    if (hugo) {
      y.append("title: ").append(q(headline)).append('\n');
      y.append("date: ").append(dates[i]).append('\n');
    }
    y.append("headline: ").append(q(headline)).append('\n');
    y.append("dek: ").append(q(DEK_OPENERS[r.nextInt(DEK_OPENERS.length)] + " " + clause(r) + ".")).append('\n');
    String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
    y.append("source:\n");
    y.append("  outlet: ").append(q(outlet)).append('\n');
    y.append("  relays: ").append(q(AGENCIES[r.nextInt(AGENCIES.length)])).append('\n');
    y.append("  headline: ").append(q(capitalize(clause(r)))).append('\n');
    y.append("  url: ").append(q("https://news.example.com/" + dates[i].getYear() + "/" + slugs[i])).append('\n');
    y.append(hugo ? "publication:\n" : "published:\n"); // Hugo reads 'published' as its own publish date
    y.append("  date: ").append(q(dates[i].toString())).append('\n');
    y.append("  precision: day\n");
    int[] actors = distinct(r, 2 + r.nextInt(3), ACTORS);
    y.append("actors:\n");
    for (int a : actors) {
      y.append("  - id: ").append(actorIds.get(a)).append('\n');
      String stance = STANCES[r.nextInt(STANCES.length)][0];
      if (hugo) { // the Hugo copy shows a stance per actor and entry; ours takes stances from positions.yaml
        y.append("    stance: ").append(stance).append('\n');
      }
      y.append("    note: ").append(q(capitalize(clause(r)) + ".")).append('\n');
    }
    int quotes = 1 + r.nextInt(2);
    y.append("quotes:\n");
    for (int k = 0; k < quotes; k++) {
      y.append("  - speaker: ").append(actorIds.get(actors[r.nextInt(actors.length)])).append('\n');
      y.append("    text: ").append(q(capitalize(clause(r)) + ", and " + clause(r))).append('\n');
      y.append(hugo ? "    context: " : "    occasion: ").append(q("Speaking " + TAILS[r.nextInt(TAILS.length)] + ", as reported by " + outlet + ".")).append('\n');
    }
    y.append("key_points:\n");
    for (int k = 0; k < 3; k++) {
      y.append("  - ").append(q(capitalize(sentenceCore(r)) + ".")).append('\n');
    }
    y.append("tags:\n");
    for (int t : distinct(r, 2 + r.nextInt(3), TAGS)) {
      y.append("  - ").append(tagIds.get(t)).append('\n');
    }
    return y.toString();
  }

  private String body(int i, boolean hugo) {
    SplittableRandom r = stream(i + 1_000_000_007L);
    int target = entries == 1 ? -1 : (i + 1 + r.nextInt(entries - 1)) % entries;
    String internal =
        target < 0 ? (hugo ? "../../about/" : "../pages/about.md") : (hugo ? "../" + slugs[target] + "/" : fileName(target));
    int h1 = r.nextInt(HEADINGS.length);
    int h2 = (h1 + 1 + r.nextInt(HEADINGS.length - 1)) % HEADINGS.length;
    StringBuilder b = new StringBuilder(5000);
    b.append(paragraph(r, 5, "[the original report](https://news.example.com/" + dates[i].getYear() + "/" + slugs[i] + ")")).append("\n\n");
    b.append(paragraph(r, 5, null)).append("\n\n");
    b.append("## ").append(HEADINGS[h1]).append("\n\n");
    b.append(paragraph(r, 5, null)).append("\n\n");
    for (int k = 0; k < 4; k++) {
      b.append("- ").append(capitalize(sentenceCore(r))).append(".\n");
    }
    b.append('\n');
    b.append(paragraph(r, 5, "[an earlier entry](" + internal + ")")).append("\n\n");
    b.append("## ").append(HEADINGS[h2]).append("\n\n");
    b.append(paragraph(r, 5, null)).append("\n\n");
    b.append(paragraph(r, 5, null)).append('\n');
    return b.toString();
  }

  private String siteYaml() {
    StringBuilder y = new StringBuilder();
    y.append("title: \"Synthetic benchmark explainer\"\n");
    y.append("question: \"Should the alliance issue an invitation now?\"\n");
    y.append("description: \"A generated site of ").append(entries).append(" entries for measuring build speed; its text is random.\"\n");
    y.append("language: en\n");
    y.append("base_url: \"").append(BASE_URL).append("\"\n");
    y.append("editors:\n  - name: \"Benchmark desk\"\n    role: \"Generated text\"\n");
    y.append("licence:\n  name: \"CC BY 4.0\"\n  url: \"https://creativecommons.org/licenses/by/4.0/\"\n");
    y.append("stances:\n");
    for (String[] s : STANCES) {
      y.append("  - id: ").append(s[0]).append("\n    label: ").append(q(s[1])).append("\n    description: ").append(q(s[2])).append('\n');
    }
    y.append("tags:\n");
    for (int t = 0; t < TAGS; t++) {
      y.append("  - id: ").append(tagIds.get(t)).append("\n    label: ").append(q(tagLabels.get(t)))
          .append("\n    description: ").append(q(tagDescription(t))).append('\n');
    }
    return y.toString();
  }

  private String tagDescription(int t) {
    return "Entries about " + TAG_WORDS[t] + " in the debate.";
  }

  private String actorsYaml() {
    SplittableRandom r = stream(-2);
    StringBuilder y = new StringBuilder();
    for (int a = 0; a < ACTORS; a++) {
      boolean person = a < ACTORS - INSTITUTIONS.length;
      y.append("- id: ").append(actorIds.get(a)).append('\n');
      y.append("  name: ").append(q(actorNames.get(a))).append('\n');
      y.append("  kind: ").append(person ? "person" : (a % 2 == 0 ? "institution" : "group")).append('\n');
      y.append("  role: ").append(q(person ? ROLES[r.nextInt(ROLES.length)] : "Institution in the debate")).append('\n');
      if (person) {
        y.append("  affiliation: ").append(q(COUNTRIES[r.nextInt(COUNTRIES.length)])).append('\n');
      }
      y.append("  description: ").append(q(capitalize(clause(r)) + ".")).append('\n');
    }
    return y.toString();
  }

  private String timelineYaml() {
    SplittableRandom r = stream(-3);
    StringBuilder y = new StringBuilder();
    for (int e = 0; e < EVENTS; e++) {
      LocalDate date = FIRST_DAY.plusDays(r.nextInt(DAYS));
      y.append(String.format(Locale.ROOT, "- id: event-%02d%n", e + 1));
      y.append("  kind: statement\n");
      y.append("  date: ").append(q(date.toString())).append('\n');
      y.append("  precision: day\n");
      y.append("  title: ").append(q(capitalize(sentenceCore(r)))).append('\n');
      y.append("  description: ").append(q(capitalize(sentenceCore(r)) + ".")).append('\n');
      y.append("  articles:\n");
      for (int a : distinct(r, Math.min(entries, 1 + r.nextInt(3)), entries)) {
        y.append("    - ").append(slugs[a]).append('\n');
      }
      y.append("  actors:\n");
      for (int a : distinct(r, 1 + r.nextInt(2), ACTORS)) {
        y.append("    - ").append(actorIds.get(a)).append('\n');
      }
    }
    return y.toString();
  }

  private String glossaryYaml() {
    SplittableRandom r = stream(-4);
    StringBuilder y = new StringBuilder();
    for (int t = 0; t < TERMS; t++) {
      y.append("- id: ").append(termIds.get(t)).append('\n');
      y.append("  term: ").append(q(capitalize(GLOSSARY[t][0]))).append('\n');
      if (!GLOSSARY[t][1].isEmpty()) {
        y.append("  variants:\n    - ").append(q(GLOSSARY[t][1])).append('\n');
      }
      int related = (t + 1 + r.nextInt(TERMS - 1)) % TERMS;
      y.append("  definition: ").append(q("The **" + GLOSSARY[t][0] + "** is where " + clause(r) + ". See also [" + GLOSSARY[related][0]
          + "](/glossary/#" + termIds.get(related) + ").")).append('\n');
      y.append("  articles:\n");
      for (int a : distinct(r, Math.min(entries, 1 + r.nextInt(2)), entries)) {
        y.append("    - ").append(slugs[a]).append('\n');
      }
      y.append("  related:\n    - ").append(termIds.get(related)).append('\n');
    }
    return y.toString();
  }

  private String overviewPage(boolean hugo) {
    SplittableRandom r = stream(-5);
    StringBuilder b = new StringBuilder();
    b.append("---\ntitle: \"Overview\"\ndescription: \"The state of the synthetic debate, for benchmarks.\"\n");
    b.append(hugo ? "" : "home: true\nnav: Overview\norder: 1\n").append("---\n");
    b.append(paragraph(r, 5, null)).append("\n\n## State of play\n\n");
    for (int k = 0; k < Math.min(entries, 5); k++) {
      int a = (int) ((long) k * entries / Math.min(entries, 5));
      String link = hugo ? "articles/" + slugs[a] + "/" : "../articles/" + fileName(a);
      b.append("- ").append(capitalize(sentenceCore(r))).append(" ([entry ").append(a + 1).append("](").append(link).append(")).\n");
    }
    b.append("\n## What to watch\n\n").append(paragraph(r, 5, hugo ? null : "[the timeline](/timeline/)")).append('\n');
    return b.toString();
  }

  private String aboutPage(boolean hugo) {
    SplittableRandom r = stream(-6);
    StringBuilder b = new StringBuilder();
    b.append("---\ntitle: \"About\"\ndescription: \"How the synthetic corpus is made.\"\n");
    b.append(hugo ? "" : "nav: About\norder: 9\n").append("---\n");
    b.append("This site is generated for benchmarks; its text is random and means nothing.\n\n## Method\n\n");
    b.append(paragraph(r, 5, null)).append('\n');
    return b.toString();
  }

  // ---- Hugo ---------------------------------------------------------------------------------------

  private String hugoConfig() {
    return "# Generated by org.explainer.bench.SyntheticCorpus: the Hugo twin of the synthetic content.\n"
        + "baseURL = \"" + BASE_URL + "\"\n"
        + "languageCode = \"en\"\n"
        + "title = \"Synthetic benchmark explainer\"\n"
        + "# Hugo 0.111 reads 'paginate'; Hugo 0.128 and later read [pagination] pagerSize.\n"
        + "paginate = " + PAGE_SIZE + "\n"
        + "enableRobotsTXT = true\n"
        + "disableHugoGeneratorInject = true\n"
        + "[pagination]\n"
        + "  pagerSize = " + PAGE_SIZE + "\n"
        + "[taxonomies]\n"
        + "  tag = \"tags\"\n"
        + "# one feed for the whole site, as in our generator; no feed per list\n"
        + "[outputs]\n"
        + "  home = [\"HTML\", \"RSS\"]\n"
        + "  section = [\"HTML\"]\n"
        + "  taxonomy = [\"HTML\"]\n"
        + "  term = [\"HTML\"]\n"
        + "[markup.goldmark.renderer]\n"
        + "  unsafe = false\n";
  }

  private String hugoActors() {
    StringBuilder y = new StringBuilder();
    for (int a = 0; a < ACTORS; a++) {
      y.append(actorIds.get(a)).append(":\n  name: ").append(q(actorNames.get(a))).append('\n');
    }
    return y.toString();
  }

  // ---- text ---------------------------------------------------------------------------------------

  private String headline(SplittableRandom r, int i) {
    String who = surname(actorNames.get(r.nextInt(ACTORS)));
    return who + " " + VERBS[r.nextInt(VERBS.length)].replace(" that", "") + " allies "
        + MODALS[r.nextInt(MODALS.length)] + " " + ACTIONS[r.nextInt(ACTIONS.length)] + " " + OBJECTS[r.nextInt(OBJECTS.length)];
  }

  private static String surname(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  /** "the allies would delay the invitation before the end of the year" (about 12 words). */
  private String sentenceCore(SplittableRandom r) {
    String object = r.nextInt(4) == 0 ? "the " + GLOSSARY[r.nextInt(TERMS)][0] : OBJECTS[r.nextInt(OBJECTS.length)];
    return SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + MODALS[r.nextInt(MODALS.length)] + " " + ACTIONS[r.nextInt(ACTIONS.length)]
        + " " + object + " " + TAILS[r.nextInt(TAILS.length)];
  }

  /** "the ministers argued that the allies would delay …" (about 15 words). */
  private String clause(SplittableRandom r) {
    return SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " " + sentenceCore(r);
  }

  /** {@code sentences} sentences of about 15 words; {@code link}, if any, closes the third one. */
  private String paragraph(SplittableRandom r, int sentences, String link) {
    StringBuilder p = new StringBuilder(700);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        p.append(' ');
      }
      String text = capitalize(clause(r));
      switch (r.nextInt(8)) {
        case 0 -> text = text.replaceFirst(" (should|must|could|would) ", " *$1* ");
        case 1 -> text = text.replaceFirst(" that ", " that **it was time to act**, and that ");
        case 2 -> text += ", calling it \"the only way forward\"";
        case 3 -> text += "; the delegation's view was not shared by all";
        default -> { }
      }
      if (s == 2 && link != null) {
        text += ", according to " + link;
      }
      p.append(text).append('.');
    }
    return p.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String slugify(String s) {
    String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() <= 48) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', 48);
    return cut > 0 ? slug.substring(0, cut) : slug.substring(0, 48);
  }

  /** A YAML double-quoted scalar. */
  private static String q(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private int[] distinct(SplittableRandom r, int count, int bound) {
    LinkedHashSet<Integer> picked = new LinkedHashSet<>();
    while (picked.size() < Math.min(count, bound)) {
      picked.add(r.nextInt(bound));
    }
    return picked.stream().mapToInt(Integer::intValue).toArray();
  }

  private SplittableRandom stream(long n) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
  }

  // ---- files --------------------------------------------------------------------------------------

  private static void createNew(Path dir) {
    if (Files.exists(dir)) {
      throw new IllegalArgumentException(dir + " already exists; choose a new folder (the generator never overwrites)");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void put(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a corpus: {@code --entries N --out DIR [--seed S] [--only content|hugo]}.
   *
   * <p>Exit codes: 0 written, 2 bad arguments.
   */
  public static void main(String[] args) {
    Integer n = null;
    Path out = null;
    long seed = DEFAULT_SEED;
    String only = "";
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--entries", "-n" -> n = Integer.parseInt(args[++i]);
          case "--out", "-o" -> out = Path.of(args[++i]);
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--only" -> only = args[++i];
          case "--help", "-h" -> {
            usage();
            return;
          }
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
      if (n == null || out == null) {
        throw new IllegalArgumentException("--entries and --out are required");
      }
      if (!only.isEmpty() && !only.equals("content") && !only.equals("hugo")) {
        throw new IllegalArgumentException("--only takes 'content' or 'hugo'");
      }
      SyntheticCorpus corpus = new SyntheticCorpus(n, seed);
      long start = System.nanoTime();
      if (!only.equals("hugo")) {
        corpus.writeContent(out.resolve("content"));
      }
      if (!only.equals("content")) {
        corpus.writeHugo(out.resolve("hugo"));
      }
      System.out.printf(Locale.ROOT, "SyntheticCorpus: %d entries (seed %d) written to %s in %d ms%n", n, seed, out,
          (System.nanoTime() - start) / 1_000_000);
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      System.err.println("SyntheticCorpus: " + (e instanceof ArrayIndexOutOfBoundsException ? "an option lacks its value" : e.getMessage()));
      usage();
      System.exit(2);
    }
  }

  private static void usage() {
    System.err.println("usage: java -cp target/test-classes org.explainer.bench.SyntheticCorpus --entries N --out DIR [--seed S] [--only content|hugo]");
  }
}
