package org.explainer.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.explainer.concurrent.Workers;
import org.explainer.diagnostic.ContentException;
import org.explainer.render.TemplateRenderer;
import org.explainer.site.OutputFile;
import org.explainer.site.SitePage;
import org.explainer.site.Sites;

/**
 * The files of a preview, by path, each made the first time it is asked for and then kept, so that a
 * preview is served before its pages are made. {@link #makeAll} makes every file not made yet, as a
 * build's render step does, and reports the errors a build would; {@code serve} runs it in the
 * background once it serves.
 *
 * <p>A file is made from the site of the build that declared it, through the same render step as a
 * build ({@link TemplateRenderer}). After an edit of summaries, {@link #with} gives the files of the
 * next preview: those the edit made again, and those it left to be made later from the site after it
 * ({@link #makeAdded}), replace theirs, and every other one, made or not, is the file of this one (the
 * pages that do not read the edited summaries are the same, byte for byte, as a build after such an
 * edit keeps them).
 */
public final class PreviewFiles {
  /** One file, made at most once (a file that fails to be made is tried again when next asked for). */
  private static final class Slot {
    /** What the file is made from, and the site it belongs to; both null once it is made, so that it keeps no site alive. */
    private volatile SitePage<?> page;
    private volatile Source source;
    private volatile byte[] bytes;

    Slot(SitePage<?> page, Source source) {
      this.page = page;
      this.source = source;
    }

    Slot(byte[] bytes) {
      this.bytes = bytes;
    }

    /** Keeps {@code made} as the file, if it was not made meanwhile; under the slot's lock. */
    void made(byte[] made) {
      if (bytes == null) {
        bytes = made;
        page = null;
        source = null;
      }
    }
  }

  /**
   * What the files not made yet are made from.
   *
   * @param site the site they belong to
   * @param templates its templates
   * @param threads how many threads {@link #makeAll} uses
   */
  private record Source(Sites site, TemplateRenderer templates, int threads) {}

  private static final PreviewFiles NONE = new PreviewFiles(Map.of(), null);

  private final Map<String, Slot> slots;
  /** What the files {@link #with} added to be made later are made from; null when it added none. */
  private final Source added;

  private PreviewFiles(Map<String, Slot> slots, Source added) {
    this.slots = slots;
    this.added = added;
  }

  /** No files: what a build or a check keeps in memory. */
  public static PreviewFiles none() {
    return NONE;
  }

  /** {@code files}, every one made already; a later one of the same path replaces an earlier. */
  public static PreviewFiles of(List<OutputFile> files) {
    Map<String, Slot> slots = new LinkedHashMap<>();
    files.forEach(f -> slots.put(f.path(), new Slot(f.bytes())));
    return new PreviewFiles(slots, null);
  }

  /**
   * The files of {@code pages} of {@code site}, none made yet, then {@code made} (the assets), made.
   *
   * @param threads how many threads {@link #makeAll} makes them on
   */
  static PreviewFiles of(Sites site, List<SitePage<?>> pages, TemplateRenderer templates, List<OutputFile> made, int threads) {
    Map<String, Slot> slots = new LinkedHashMap<>();
    Source source = new Source(site, templates, threads);
    pages.forEach(p -> slots.put(p.path(), new Slot(p, source)));
    made.forEach(f -> slots.put(f.path(), new Slot(f.bytes())));
    return new PreviewFiles(slots, null);
  }

  /** True when there is no file. */
  public boolean isEmpty() {
    return slots.isEmpty();
  }

  /** True when there is a file at {@code path}; makes nothing. */
  public boolean has(String path) {
    return slots.containsKey(path);
  }

  /** True when the file at {@code path} is made; makes nothing. */
  public boolean made(String path) {
    Slot slot = slots.get(path);
    return slot != null && slot.bytes != null;
  }

  /** Every file's path, in page order. */
  public Set<String> paths() {
    return Collections.unmodifiableSet(slots.keySet());
  }

  /**
   * The bytes of the file at {@code path}, made now if they were not yet; null when there is no such
   * file.
   *
   * @throws ContentException when the file cannot be made (a template error, a page over its limits)
   */
  public byte[] file(String path) {
    Slot slot = slots.get(path);
    if (slot == null) {
      return null;
    }
    byte[] bytes = slot.bytes;
    if (bytes != null) {
      return bytes;
    }
    synchronized (slot) {
      if (slot.bytes == null) {
        Source from = slot.source; // a slot not made has the site it is made from
        slot.made(from.templates().render(from.site(), slot.page).bytes());
      }
      return slot.bytes;
    }
  }

  /**
   * Makes every file not made yet, on the threads given, as a build's render step makes them, and
   * reports what it would: every broken template once, and a site over its size. Makes no file begun
   * after {@code stop} turns true, and reports the errors of those made before.
   *
   * @throws ContentException naming each template error's file, line and column
   */
  public void makeAll(BooleanSupplier stop) {
    make(source -> true, stop);
  }

  /**
   * As {@link #makeAll}, making only the files {@link #with} added to be made later: after an edit, the
   * files it left out of date, and none that another build left unmade.
   */
  public void makeAdded(BooleanSupplier stop) {
    if (added != null) {
      make(source -> source == added, stop);
    }
  }

  private void make(Predicate<Source> which, BooleanSupplier stop) {
    // the files not made yet, by the site they belong to (those an edit made out of date belong to the site after it)
    Map<Source, Map<String, Slot>> waiting = new LinkedHashMap<>();
    slots.forEach((path, slot) -> {
      Source source = slot.source;
      if (source != null && which.test(source)) {
        waiting.computeIfAbsent(source, s -> new LinkedHashMap<>()).put(path, slot);
      }
    });
    for (Map.Entry<Source, Map<String, Slot>> site : waiting.entrySet()) {
      Source from = site.getKey();
      Map<String, Slot> these = site.getValue();
      List<SitePage<?>> pages = new ArrayList<>();
      these.values().forEach(slot -> {
        SitePage<?> page = slot.page;
        if (page != null) {
          pages.add(page);
        }
      });
      try (Workers workers = Workers.of(from.threads())) {
        from.templates().render(from.site(), pages, workers, file -> {
          Slot slot = these.get(file.path());
          synchronized (slot) {
            slot.made(file.bytes());
          }
        }, stop);
      }
    }
  }

  /** Every file, made now where it was not yet, in page order. */
  public List<OutputFile> all() {
    makeAll(() -> false);
    List<OutputFile> out = new ArrayList<>(slots.size());
    slots.keySet().forEach(path -> out.add(new OutputFile(path, file(path))));
    return List.copyOf(out);
  }

  /**
   * These files with {@code made} in place of theirs (or added), and {@code later}, files of {@code site}
   * each made when first asked for, in place of theirs: the files of the preview after an edit that made
   * {@code made} again and {@code later} out of date. The others are shared with this one, made or not.
   *
   * @param threads how many threads {@link #makeAll} makes {@code later} on
   */
  PreviewFiles with(List<OutputFile> made, Sites site, List<SitePage<?>> later, TemplateRenderer templates, int threads) {
    Map<String, Slot> next = new LinkedHashMap<>(slots);
    made.forEach(f -> next.put(f.path(), new Slot(f.bytes())));
    Source source = new Source(site, templates, threads);
    later.forEach(p -> next.put(p.path(), new Slot(p, source)));
    return new PreviewFiles(next, later.isEmpty() ? null : source);
  }
}
