package org.explainer.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.explainer.concurrent.Workers;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.files.ConfinedFolder;
import org.explainer.files.FileTrees;
import org.explainer.site.OutputFile;

/**
 * The one place that writes the built site to disk. A file the output folder already holds, byte for
 * byte, is left alone (its time too, so rsync and CDN uploads see it unchanged); a new or changed file
 * goes into a staging folder of this build's own beside the output folder
 * ({@code .site.staging-<pid>-<random>}) as it is made. Only when all are made are the staged files
 * moved in and the files the build did not make deleted, so a failed build leaves the previous site
 * untouched, no stale file survives, and a rebuild over an existing site costs what changed.
 *
 * <p>What keeps it from writing or deleting what it should not:
 *
 * <ul>
 *   <li><b>one lock per output folder</b> ({@link OutputLock}), held from staging to swap: a second
 *       build waits for the first, or stops naming it;
 *   <li><b>real paths</b>: the output folder is judged by where it really is, links resolved; it may
 *       neither contain nor lie inside the content, the templates or the captures;
 *   <li><b>a marker of its own</b>: every build writes {@value #MARKER} into its output, and a folder
 *       that is not empty is replaced only when it holds one, so a folder of notes and a {@code .git}
 *       is never deleted, whatever files it has.
 * </ul>
 *
 * <p>Nothing outside the output folder, its lock file and its build's staging sibling is written or
 * deleted. (Builds before this one swapped whole folders and could leave a {@code .site.previous-…}
 * sibling when killed; those are cleared up too.)
 */
public final class SiteWriter {
  /** The file every build writes into its output folder; a folder without it is never replaced. */
  public static final String MARKER = ".explainer-build";
  /** What the marker says, always the same so that builds stay byte-identical. */
  private static final byte[] MARKER_TEXT = ("This folder is made by 'explainer build', which replaces all of it on every build:"
      + " keep nothing else here.\n").getBytes(StandardCharsets.UTF_8);
  private static final String STAGING = "staging";
  private static final String PREVIOUS = "previous";

  private SiteWriter() {}

  /**
   * Replaces {@code outputDir} with exactly {@code files} (and the marker).
   *
   * @param protectedDirs folders the output may neither contain nor lie inside (content, templates, captures)
   * @throws ContentException when the output folder is unsafe to replace or cannot be written
   */
  public static void replace(Path outputDir, List<OutputFile> files, List<Path> protectedDirs) {
    try (Staging staging = stage(outputDir, protectedDirs)) {
      files.forEach(staging::write);
      staging.commit();
    }
  }

  /**
   * Locks {@code outputDir} and opens an empty staging folder for a new version of it: files are
   * written into it as they are made (from any thread), and {@link Staging#commit()} swaps it in for
   * the output folder. Closed without a commit, the staging folder is deleted and the output folder is
   * left as it was; closed either way, the lock is released. Waits up to {@link OutputLock#WAIT} for
   * another build of the same folder.
   *
   * <pre>{@code
   * try (SiteWriter.Staging staging = SiteWriter.stage(site, List.of(content, templates))) {
   *   pages.forEach(staging::write);
   *   staging.commit();
   * }
   * }</pre>
   *
   * @param protectedDirs folders the output may neither contain nor lie inside (content, templates, captures)
   * @throws ContentException when the output folder is unsafe to replace, another build holds it for
   *     too long, or the staging folder cannot be made
   */
  public static Staging stage(Path outputDir, List<Path> protectedDirs) {
    try (Workers inOrder = Workers.of(1)) {
      return stage(outputDir, protectedDirs, inOrder);
    }
  }

  /** As {@link #stage(Path, List)}, looking at what the output folder holds on {@code workers}. */
  public static Staging stage(Path outputDir, List<Path> protectedDirs, Workers workers) {
    return stage(outputDir, protectedDirs, OutputLock.WAIT, workers);
  }

  /** As {@link #stage(Path, List)}, waiting up to {@code wait} for another build. */
  static Staging stage(Path outputDir, List<Path> protectedDirs, Duration wait) {
    try (Workers inOrder = Workers.of(1)) {
      return stage(outputDir, protectedDirs, wait, inOrder);
    }
  }

  private static Staging stage(Path outputDir, List<Path> protectedDirs, Duration wait, Workers workers) {
    Path out = ConfinedFolder.realPath(outputDir);
    checkPlace(out, protectedDirs);
    OutputLock lock = OutputLock.acquire(out, wait);
    try {
      checkReplaceable(out); // now that no other build can change it
      removeLeftovers(out);
      return new Staging(out, lock, true, Optional.empty(), workers);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Locks {@code outputDir} for a build that looks at what the folder holds before it stages anything
   * (a build with a cache compares it with its stamp, {@code build.BuildStamp}), so that no other build
   * changes it between that look and the commit: hold it, look, then {@link Held#stage} under the
   * same lock. Empty, with nothing locked (nor made), when the folder does not exist yet (there is
   * nothing to look at), or is no place for a site (the file-system root, or one of {@code
   * protectedDirs} would be inside it or hold it): {@link #stage} then says so, in its turn. Waits up
   * to {@link OutputLock#WAIT} for another build of the same folder.
   *
   * @throws ContentException when another build holds the folder for too long, or it cannot be locked
   */
  public static Optional<Held> hold(Path outputDir, List<Path> protectedDirs) {
    Path out = ConfinedFolder.realPath(outputDir);
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      checkPlace(out, protectedDirs);
    } catch (ContentException e) {
      return Optional.empty();
    }
    return Optional.of(new Held(out, OutputLock.acquire(out, OutputLock.WAIT)));
  }

  /**
   * The output folder locked by {@link #hold}, until {@link #close()}: the stagings it opens share its
   * lock and leave it held when they close.
   */
  public static final class Held implements AutoCloseable {
    private final Path out;
    private final OutputLock lock;

    private Held(Path out, OutputLock lock) {
      this.out = out;
      this.lock = lock;
    }

    /**
     * As {@link SiteWriter#stage(Path, List, Workers)}, under this lock. {@code known} is what the
     * folder holds, when the caller has just looked (under this lock): the staging then takes it as
     * the folder's files, where it would look at every one of them again.
     */
    public Staging stage(List<Path> protectedDirs, Workers workers, Optional<Listing> known) {
      checkPlace(out, protectedDirs);
      checkReplaceable(out);
      removeLeftovers(out);
      return new Staging(out, lock, false, known, workers);
    }

    @Override
    public void close() {
      lock.close();
    }
  }

  /**
   * What an output folder holds: every regular file by its path (with '/' between names) and size, and
   * every folder by its path, the folder itself ({@code ""}) aside; nothing else (no link).
   */
  public record Listing(Map<String, Long> files, Set<String> folders) {}

  /**
   * What a commit changed in the output folder, for a build that knows what the folder held before
   * ({@link Held#stage} with a listing): the files it moved in and the folders that may have a new
   * time, every one that holds something it added or deleted. Every other file and folder the output
   * folder holds now it held before, with its time.
   *
   * @param files every file the folder holds now
   * @param folders every folder the folder holds now, the folder itself aside
   * @param moved the files moved in: new or with new bytes
   * @param touched the folders whose entries changed (with {@code ""} for the folder itself); new
   *     folders among them
   */
  public record Committed(Set<String> files, Set<String> folders, Set<String> moved, Set<String> touched) {}

  /**
   * A new version of the output folder being written; see {@link #stage}. Only what changed is staged: a
   * file whose bytes the output folder already has at its path is left where it is (with its time), a
   * new or changed one is written into the staging folder, and {@link #commit()} moves those in and
   * deletes what the build did not write. So rebuilding over a site costs what changed, not the tree.
   */
  public static final class Staging implements AutoCloseable {
    private final Path out;
    private final OutputLock lock;
    /** Whether closing this releases the lock: not when it was opened under a {@link Held} lock. */
    private final boolean ownsLock;
    private final Path staging;
    private final Tree existing;
    /** What the commit changed, once it replaced a folder that was there (see {@link #committed()}). */
    private Optional<Committed> committedChanges = Optional.empty();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private volatile boolean committed;
    private int removed;
    /** Each writing thread's buffer for comparing a file with the old one, 64 KiB. */
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private Staging(Path out, OutputLock lock, boolean ownsLock, Optional<Listing> known, Workers workers) {
      this.out = out;
      this.lock = lock;
      this.ownsLock = ownsLock;
      String own = ProcessHandle.current().pid() + "-" + Long.toHexString(new SecureRandom().nextLong() >>> 1);
      this.staging = sibling(out, STAGING, own);
      try {
        this.existing = known.isPresent() ? new Tree(out, Map.copyOf(known.get().files()), Set.copyOf(known.get().folders()), Set.of())
            : Tree.of(out, workers);
        Files.createDirectory(staging);
      } catch (IOException e) {
        throw cannotWrite(e);
      }
      folders.add(staging);
    }

    /**
     * Stages {@code file} unless the output folder already holds its bytes at its path; safe to call
     * from several threads at once.
     *
     * @throws ContentException when two files have the same path, the path leaves the folder, or the
     *     write fails
     */
    public void write(OutputFile file) {
      if (committed) {
        throw new IllegalStateException("the staging folder was already swapped in");
      }
      Path target = confined(staging, file.path());
      if (file.path().equals(MARKER) || !written.add(file.path())) {
        throw ContentException.of(Location.of(target), "two pages would be written to " + file.path(), "give one of them another slug");
      }
      try {
        if (existing.holds(file.path(), file.bytes(), buffers.get())) {
          return;
        }
        changed.add(file.path());
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
          Files.createDirectories(folder);
          folders.add(folder);
        }
        Files.write(target, file.bytes());
      } catch (IOException e) {
        throw cannotWrite(e);
      }
    }

    /**
     * Keeps the file at {@code path} as the output folder holds it, as if this build had written the
     * same bytes: for a file the build knows to be unchanged without making it again. False, and nothing
     * kept, when the output folder holds no such file: the build must make it.
     */
    public boolean keep(String path) {
      return existing.files().containsKey(path) && !path.equals(MARKER) && written.add(path);
    }

    /**
     * How many files of the output folder this build changes: those written so far that are new or
     * changed and, after {@link #commit()}, those it deleted.
     */
    public int changedFiles() {
      return changed.size() - (changed.contains(MARKER) ? 1 : 0) + removed;
    }

    /**
     * Makes the output folder hold exactly the files written and the marker: the staged ones are moved
     * in, each replacing its old version at once, and every other file, link and emptied folder is
     * deleted. A build that fails before this leaves the output folder as it was; one killed during it
     * leaves some files new and some old, which the next build puts right (it compares bytes, never a
     * record of them).
     */
    public void commit() {
      try {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
          Files.write(staging.resolve(MARKER), MARKER_TEXT);
          move(staging, out);
          committed = true;
          return;
        }
        if (!existing.holds(MARKER, MARKER_TEXT, buffers.get())) {
          Files.write(staging.resolve(MARKER), MARKER_TEXT);
          changed.add(MARKER);
        }
        Set<String> keep = new HashSet<>(written);
        keep.add(MARKER);
        Set<String> deleted = new HashSet<>();
        removed = existing.removeAllBut(keep, deleted);
        for (String path : changed) {
          Path target = out.resolve(path);
          if (existing.makeRoomFor(path)) {
            deleted.add(path);
          }
          Files.createDirectories(target.getParent());
          moveOver(staging.resolve(path), target);
        }
        committed = true;
        deleteTree(staging);
        committedChanges = Optional.of(existing.after(keep, Set.copyOf(changed), deleted));
      } catch (IOException e) {
        throw cannotWrite(e);
      }
    }

    /** Deletes the staging folder unless it was swapped in, and releases the lock. */
    @Override
    public void close() {
      try {
        if (!committed) {
          deleteQuietly(staging);
        }
      } finally {
        if (ownsLock) {
          lock.close();
        }
      }
    }

    /**
     * What {@link #commit()} changed, when it replaced an output folder that was there (empty when
     * the folder was new, or not committed).
     */
    public Optional<Committed> committed() {
      return committedChanges;
    }

    private ContentException cannotWrite(IOException e) {
      return ContentException.of(Location.of(out), "cannot write the site (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "check that the folder is writable and the disk has room, then build again");
    }
  }

  /**
   * What the output folder held when a build began, read without following a link: its regular files
   * (with their sizes), its folders, and anything else (links, devices), which a build never makes.
   */
  private record Tree(Path root, Map<String, Long> files, Set<String> folders, Set<String> others) {
    static Tree of(Path out, Workers workers) throws IOException {
      Map<String, Long> files = new HashMap<>();
      Set<String> folders = new HashSet<>();
      Set<String> others = new HashSet<>();
      if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
        List<FileTrees.Found> found = FileTrees.scan(out, workers)
            .orElseThrow(() -> new IOException("a folder of " + out + " cannot be listed"));
        for (FileTrees.Found f : found) {
          switch (f.kind()) {
            case FILE -> files.put(f.name(), f.size());
            case FOLDER -> folders.add(f.name());
            case OTHER -> others.add(f.name());
          }
        }
      }
      return new Tree(out, files, folders, others);
    }

    /**
     * Whether the output folder holds exactly {@code bytes} at {@code path}: the file is read again, in
     * pieces into {@code buffer}, so that comparing a site allocates nothing per file. A file that cannot
     * be read is not held: the build writes it again.
     */
    boolean holds(String path, byte[] bytes, byte[] buffer) {
      Long size = files.get(path);
      if (size == null || size != bytes.length) {
        return false;
      }
      try (InputStream in = Files.newInputStream(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
        int at = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          if (at + n > bytes.length || !Arrays.equals(buffer, 0, n, bytes, at, at + n)) {
            return false;
          }
          at += n;
        }
        return at == bytes.length;
      } catch (IOException e) {
        return false;
      }
    }

    /**
     * Deletes every file and link of the old tree that is not in {@code keep}, then every folder left
     * empty; how many files and links it deleted.
     */
    int removeAllBut(Set<String> keep, Set<String> gone) throws IOException {
      Path out = root;
      int deleted = 0;
      for (String other : others) {
        Files.deleteIfExists(out.resolve(other));
        gone.add(other);
        deleted++;
      }
      for (String file : files.keySet()) {
        if (!keep.contains(file)) {
          Files.deleteIfExists(out.resolve(file));
          gone.add(file);
          deleted++;
        }
      }
      Set<String> needed = new HashSet<>();
      for (String file : keep) {
        for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
          if (!needed.add(file.substring(0, slash))) {
            break;
          }
        }
      }
      List<String> stale = folders.stream().filter(f -> !needed.contains(f)).sorted(Comparator.reverseOrder()).toList();
      for (String folder : stale) {
        deleteTree(out.resolve(folder));
        gone.add(folder);
      }
      return deleted;
    }

    /** Deletes a folder of the old tree that stands where the file {@code path} goes; whether there was one. */
    boolean makeRoomFor(String path) throws IOException {
      if (folders.contains(path)) {
        deleteTree(root.resolve(path));
        return true;
      }
      return false;
    }

    /**
     * What the folder holds after a commit that kept the files {@code kept}, moved in {@code moved}
     * and deleted {@code gone} (files, links and folders): every folder that holds one of those moved in
     * or deleted, and every new folder with the folder that holds it, may have a new time.
     */
    Committed after(Set<String> kept, Set<String> moved, Set<String> gone) {
      Set<String> now = new HashSet<>();
      for (String file : kept) {
        for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
          if (!now.add(file.substring(0, slash))) {
            break;
          }
        }
      }
      Set<String> touched = new HashSet<>();
      for (Set<String> paths : List.of(moved, gone)) {
        for (String path : paths) {
          int slash = path.lastIndexOf('/');
          touched.add(slash < 0 ? "" : path.substring(0, slash));
        }
      }
      for (String folder : now) {
        if (!folders.contains(folder)) {
          int slash = folder.lastIndexOf('/');
          touched.add(folder);
          touched.add(slash < 0 ? "" : folder.substring(0, slash));
        }
      }
      touched.removeIf(folder -> !folder.isEmpty() && !now.contains(folder));
      return new Committed(Set.copyOf(kept), Set.copyOf(now), moved, Set.copyOf(touched));
    }
  }
  /** {@code .site.staging-1234-5f3a…} for {@code site/}: a build's own sibling of the output folder. */
  private static Path sibling(Path out, String kind, String own) {
    return out.resolveSibling("." + out.getFileName() + "." + kind + "-" + own);
  }

  /**
   * Deletes the staging and previous-site folders that builds of this output folder left behind when
   * they were killed: those named after a process that no longer runs (the lock is held, so no build
   * that runs could be using one; the process id is checked all the same). Links are deleted, never
   * followed.
   */
  private static void removeLeftovers(Path out) {
    String prefix = "." + out.getFileName() + ".";
    Pattern leftover = Pattern.compile(Pattern.quote(prefix) + "(" + STAGING + "|" + PREVIOUS + ")-(\\d+)-[0-9a-f]+");
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      for (Path sibling : siblings.toList()) {
        Matcher m = leftover.matcher(sibling.getFileName().toString());
        if (m.matches() && !ProcessHandle.of(Long.parseLong(m.group(2))).map(ProcessHandle::isAlive).orElse(false)) {
          deleteQuietly(sibling);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // leftovers are hidden and harmless; the next build tries again
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException ignored) {
      // a hidden leftover; the next build deletes it first
    }
  }

  /**
   * Replaces the file {@code file} with {@code bytes} at once: written beside it and moved over it, so a
   * reader sees the old file or the new one, never half of one. For the record of checked quotes, which
   * a build with the source captures writes into the content folder.
   *
   * @throws ContentException when it cannot be written
   */
  public static void replaceFile(Path file, byte[] bytes) {
    try {
      FileTrees.replace(file, bytes);
    } catch (IOException e) {
      throw ContentException.of(Location.of(file), "cannot write " + file.getFileName() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "check that the folder is writable, then build again");
    }
  }

  /** The path of {@code relative} inside {@code root}, refusing anything that would leave it. */
  static Path confined(Path root, String relative) {
    Path target;
    try {
      target = root.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      throw ContentException.of(Location.of(root), "refusing to write '" + relative + "': not a valid file name", "check slugs and asset names");
    }
    if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || !target.startsWith(root) || target.equals(root)) {
      throw ContentException.of(Location.of(root), "refusing to write '" + relative + "' outside the output folder", "check slugs and asset names");
    }
    return target;
  }

  /**
   * Refuses an output folder, judged by its real path, that is the file-system root, contains one of
   * {@code protectedDirs} (the build would delete it) or lies inside one (the site would be read back
   * as content or published as a template asset, and grow on every build).
   */
  private static void checkPlace(Path out, List<Path> protectedDirs) {
    if (out.getParent() == null) {
      throw ContentException.of(Location.of(out), "refusing to use the file-system root as the output folder", "choose a folder such as site/");
    }
    refuseAFile(out); // before the lock, which would otherwise be left beside a file given by mistake
    for (Path dir : protectedDirs) {
      Path p = ConfinedFolder.realPath(dir);
      if (p.startsWith(out)) {
        throw ContentException.of(Location.of(out), "the output folder " + out + " contains " + p + ", which the build would delete",
            "choose an output folder outside the content and templates, such as site/");
      }
      if (out.startsWith(p)) {
        throw ContentException.of(Location.of(out), "the output folder " + out + " is inside " + p + ", which the build reads",
            "choose an output folder outside the content and templates, such as site/");
      }
    }
  }

  /** Refuses an output path that is a file. */
  private static void refuseAFile(Path out) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw ContentException.of(Location.of(out), "the output path is a file, not a folder", "choose a folder such as site/");
    }
  }

  /**
   * Refuses to replace what is not a previous build: a file, or a folder that is not empty and holds
   * no {@value #MARKER}.
   */
  private static void checkReplaceable(Path out) {
    refuseAFile(out);
    if (!Files.isDirectory(out) || Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent()) {
        throw ContentException.of(Location.of(out), "the output folder is not empty and was not made by a build (it has no " + MARKER + " file)",
            "choose an empty or new folder: the build replaces the whole output folder; if it holds an old build, delete it yourself first");
      }
    } catch (IOException e) {
      throw ContentException.of(Location.of(out), "cannot read the output folder (" + e.getMessage() + ")", "check its permissions");
    }
  }

  /** Moves {@code from} over the file {@code to}, replacing it at once where the file system can. */
  private static void moveOver(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    FileTrees.delete(dir);
  }

}
