package org.explainer.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.explainer.cache.BuildCache;
import org.explainer.cache.Stored;
import org.explainer.concurrent.Once;
import org.explainer.concurrent.Workers;
import org.explainer.diagnostic.Problem;
import org.explainer.files.FileTrees;
import org.explainer.output.SiteWriter;

/**
 * What the last build of an output folder was made from and what it left there, kept in the
 * {@link BuildCache}, so that a build whose inputs are all the same, byte for byte, over an output folder
 * that is as that build left it, has nothing to do.
 *
 * <p>The inputs are every file of the content and templates folders and of the captures folder the
 * build would check against (by SHA-256), the options (in the key the stamp is kept under) and the
 * generator (the cache's identity). The output is every file of the output folder by size and time, and
 * every folder by time, so a file changed, added or deleted by hand makes the next build a full one,
 * which puts it right. A folder whose time is the one it had is taken to hold the entries it held, as
 * git's untracked cache does (adding, removing or renaming an entry gives a folder a new time), so it is
 * not listed again: at 10,000 entries the output has 10,000 folders.
 *
 * <p>An input file whose size and time are those it had when the last build read it is taken to have the
 * bytes it had then, as git's index and rsync's quick check do, and is not read again; the others are
 * read and hashed. A file or folder whose time was too close to the moment it was looked at to vouch for
 * it is always looked at again: an edit in the same tick of the file system's clock would keep the time.
 * That is 3 s for a time in whole seconds (FAT, HFS+, ext3 keep such times) and 100 ms for a finer one
 * (ext4 and tmpfs keep nanoseconds from a clock that ticks every few milliseconds), so that right after a
 * build only the last tenth of a second of its files and folders is looked at again.
 *
 * @param inputs each input file, by where it is ({@code content/…}, {@code templates/…}, {@code sources/…})
 * @param captures the captures folder the build watched ("" for none), absent or not
 * @param outputs each file and folder of the output folder, by its path there ({@code entries/x/index.html},
 *     {@code entries/x/}, and {@code ""} for the folder itself)
 * @param told what the build reported, told again by a build with nothing to do
 */
record BuildStamp(Map<String, FileState> inputs, String captures, Map<String, Seen> outputs, Told told) {

  /**
   * What a build reported.
   *
   * @param pages HTML pages the build made
   * @param articles entries it published
   * @param assets assets it copied
   * @param warnings its warnings
   * @param notices its notices
   */
  record Told(int pages, int articles, int assets, List<Problem> warnings, List<String> notices) {}

  /** The kind of result the stamps are in the cache. */
  static final String KIND = "builds";
  /** The first four bytes of a stamp of this format; a stamp of another is not read. */
  private static final int FORMAT = 0x53544d06;

  /**
   * An input file as a build read it.
   *
   * @param size its size in bytes
   * @param modified its time in nanoseconds, or {@value #RACY} when it was too close to the build's start to
   *     vouch for its bytes
   * @param sha256 the SHA-256 of its bytes, in hex
   */
  record FileState(long size, long modified, String sha256) {
    /** The time of a file that must be read again whatever its time. */
    static final long RACY = -1;
  }

  /**
   * A file or folder of the output as a build left it.
   *
   * @param size a file's size in bytes; {@value #FOLDER} for a folder
   * @param modified its time in nanoseconds; for a folder, {@value FileState#RACY} when the time was too
   *     close to the build's end to vouch for the folder's entries
   */
  record Seen(long size, long modified) {
    /** The size of a folder. */
    static final long FOLDER = -1;

    boolean folder() {
      return size == FOLDER;
    }
  }

  /** How close to now a time in whole seconds may be and still vouch for what it is the time of: more than one tick of such a clock. */
  private static final long RACY_NANOS = 3_000_000_000L;
  /** As {@link #RACY_NANOS}, for a time with a fraction of a second: more than one tick of a clock of a few milliseconds. */
  private static final long FINE_RACY_NANOS = 100_000_000L;

  /**
   * {@code modified}, a time read at about {@code now}, or {@link FileState#RACY} when it is too close to
   * {@code now} to vouch for what it is the time of (see the class comment).
   */
  static long vouched(long modified, long now) {
    long window = modified % 1_000_000_000L == 0 ? RACY_NANOS : FINE_RACY_NANOS;
    return modified >= now - window ? FileState.RACY : modified;
  }

  /** Now, in nanoseconds since the epoch, as file times are. */
  private static long now() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** The key of the stamp of builds with {@code options}: one stamp per output folder and set of options. */
  static String key(BuildOptions options) {
    List<String> parts = new ArrayList<>(List.of("build", options.output().toString()));
    parts.addAll(settings(options));
    return BuildCache.key(parts);
  }

  /** What a build reads and how, its output folder aside: content, templates, drafts, strict, captures. */
  private static List<String> settings(BuildOptions options) {
    return List.of(options.content().toString(), options.templates().toString(), Boolean.toString(options.includeDrafts()),
        Boolean.toString(options.strict()), options.sources().map(Path::toString).orElse(""));
  }

  /**
   * The key under which the cache names the key of the stamp of the last build of {@code options}'
   * content, templates and settings, into whatever output folder: for {@code check}, which writes no
   * output, so that a check after a build into another folder ({@code --output public}) is told that
   * build's report too.
   */
  static String latestKey(BuildOptions options) {
    List<String> parts = new ArrayList<>(List.of("latest build"));
    parts.addAll(settings(options));
    return BuildCache.key(parts);
  }

  /** Where the files of the content folder are among the inputs. */
  static final String CONTENT = "content/";
  /** Where the files of the captures folder are among the inputs. */
  static final String SOURCES = "sources/";

  /**
   * The content and templates folders' files, or empty when one of them holds a link, which a
   * fingerprint of its files would not follow: such a build is always a full one. A file whose size and
   * time are as in {@code before} keeps its hash from there.
   */
  static Optional<Map<String, FileState>> inputs(BuildOptions options, Map<String, FileState> before, Workers workers) {
    Map<String, Listed> files = new HashMap<>();
    try {
      if (!list(CONTENT, options.content(), files, workers) || !list("templates/", options.templates(), files, workers)) {
        return Optional.empty();
      }
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return states(files, before, workers);
  }

  /** The files of the captures folder {@code captures} ("" for none, and none when it is not there), as {@link #inputs}. */
  static Optional<Map<String, FileState>> captures(String captures, Map<String, FileState> before, Workers workers) {
    Map<String, Listed> files = new HashMap<>();
    try {
      if (!captures.isEmpty() && !list(SOURCES, Path.of(captures), files, workers)) {
        return Optional.empty();
      }
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return states(files, before, workers);
  }

  /**
   * How many files and folders whose times did not vouch for them do vouch for them now, above which a
   * build that finds nothing changed writes the stamp again: a few hundred are looked at again in less
   * time than a stamp of 10,000 entries takes to write.
   */
  static final int RESTAMP_AFTER = 100;

  /** How many of this stamp's inputs and outputs that were too new to vouch for themselves do so in {@code inputs} and {@code outputs}. */
  int vouchedSince(Map<String, FileState> inputs, Map<String, Seen> outputs) {
    long files = this.inputs.entrySet().stream()
        .filter(e -> e.getValue().modified() == FileState.RACY && inputs.containsKey(e.getKey()) && inputs.get(e.getKey()).modified() != FileState.RACY)
        .count();
    long folders = this.outputs.entrySet().stream()
        .filter(e -> e.getValue().modified() == FileState.RACY && outputs.containsKey(e.getKey()) && outputs.get(e.getKey()).modified() != FileState.RACY)
        .count();
    return (int) (files + folders);
  }

  /**
   * This stamp with its inputs and outputs as a build that found nothing changed found them: the same
   * bytes, with times that may vouch for them now.
   */
  BuildStamp withFound(Map<String, FileState> inputs, Map<String, Seen> outputs) {
    return new BuildStamp(inputs, captures, outputs, told);
  }

  /**
   * A file or folder found in a folder.
   *
   * @param name its path from the folder scanned, with '/' between names and after a folder's
   * @param file where it is
   * @param size its size in bytes, {@link Seen#FOLDER} for a folder
   * @param modified its time in nanoseconds
   */
  private record Listed(String name, Path file, long size, long modified) {}

  private static Optional<Map<String, FileState>> states(Map<String, Listed> files, Map<String, FileState> before, Workers workers) {
    long now = now();
    List<String> names = List.copyOf(files.keySet());
    List<FileState> states = workers.map(names, name -> {
      Listed listed = files.get(name);
      FileState known = before.get(name);
      long modified = vouched(listed.modified(), now);
      if (known != null && known.modified() != FileState.RACY && known.size() == listed.size() && known.modified() == listed.modified()) {
        return new FileState(listed.size(), modified, known.sha256());
      }
      String hash = hashOf(listed.file());
      return hash.isEmpty() ? null : new FileState(listed.size(), modified, hash);
    });
    Map<String, FileState> out = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (states.get(i) == null) {
        return Optional.empty();
      }
      out.put(names.get(i), states.get(i));
    }
    return Optional.of(out);
  }

  /** The state of {@code file} now, read and hashed, for a file the build itself wrote. */
  static Optional<FileState> stateOf(Path file) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      String hash = hashOf(file);
      return hash.isEmpty() || !attrs.isRegularFile() ? Optional.empty() : Optional.of(new FileState(attrs.size(), FileState.RACY, hash));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The SHA-256 of {@code file}, or "" when it cannot be read. */
  static String hashOf(Path file) {
    try {
      return BuildCache.hash(Files.readAllBytes(file));
    } catch (IOException e) {
      return "";
    }
  }

  /** Adds each file under {@code dir}, by {@code prefix} and its path; false when {@code dir} holds a link. */
  private static boolean list(String prefix, Path dir, Map<String, Listed> files, Workers workers) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
    }
    Optional<List<Listed>> found = scan(dir, workers);
    found.ifPresent(all -> all.stream().filter(f -> f.size() != Seen.FOLDER).forEach(f -> files.put(prefix + f.name(), f)));
    return found.isPresent();
  }

  /**
   * Every file and folder of {@code out} by size and time, or empty when it cannot be read or holds
   * anything but files and folders. A folder whose time is too close to now to vouch for its entries is
   * marked so.
   */
  static Optional<Map<String, Seen>> outputs(Path out, Workers workers) {
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    long now = now();
    Optional<Long> root = folderTime(out, now);
    return root.flatMap(time -> scan(out, workers).map(found -> {
      Map<String, Seen> seen = new HashMap<>();
      seen.put("", new Seen(Seen.FOLDER, time));
      found.forEach(f -> seen.put(f.name(), new Seen(f.size(), f.size() == Seen.FOLDER ? vouched(f.modified(), now) : f.modified())));
      return seen;
    }));
  }

  /**
   * This stamp's outputs as they are in {@code out} now, or empty when {@code out} is not as the build
   * left it: a file is gone, added, of another size or time, or has become something else. A folder is
   * listed only when its time does not vouch for its entries; its time is then kept for the next build
   * if it vouches now.
   */
  Optional<Map<String, Seen>> outputsIn(Path out, Workers workers) {
    long now = now();
    Once<Map<String, Set<String>>> children = new Once<>(this::children);
    List<Map.Entry<String, Seen>> all = List.copyOf(outputs.entrySet());
    List<Seen> seen = workers.map(all, e -> seenNow(out, e.getKey(), e.getValue(), now, children));
    Map<String, Seen> found = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      if (seen.get(i) == null) {
        return Optional.empty();
      }
      found.put(all.get(i).getKey(), seen.get(i));
    }
    return Optional.of(found);
  }

  /** What the output folder holds by {@code seen}, the outputs {@link #outputsIn} found: for the writer, which then need not look again. */
  static SiteWriter.Listing listing(Map<String, Seen> seen) {
    Map<String, Long> files = new HashMap<>();
    Set<String> folders = new HashSet<>();
    seen.forEach((name, state) -> {
      if (state.folder()) {
        if (!name.isEmpty()) {
          folders.add(name.substring(0, name.length() - 1));
        }
      } else {
        files.put(name, state.size());
      }
    });
    return new SiteWriter.Listing(files, folders);
  }

  /**
   * The outputs in {@code out} after a commit that changed {@code committed}, as {@link #outputs} would
   * find them, from {@code before}, the outputs {@link #outputsIn} found before the build (under the
   * same lock): the files moved in and the folders touched are looked at, every other file and folder
   * is as it was. A touched folder is listed too, after its time is read: the lock keeps other builds
   * out, not a hand that puts a file there while the build runs, which a folder with a time of its own
   * would then hide from the next build. Empty when one of those cannot be read, is not a file or folder
   * as it should be, or a touched folder holds other names than the commit left there: the caller then
   * looks at the whole folder.
   */
  static Optional<Map<String, Seen>> outputsAfter(Path out, Map<String, Seen> before, SiteWriter.Committed committed, Workers workers) {
    long now = now();
    List<String> look = new ArrayList<>();
    Map<String, Seen> after = new HashMap<>();
    for (String file : committed.files()) {
      Seen then = before.get(file);
      if (then == null || then.folder() || committed.moved().contains(file)) {
        look.add(file);
      } else {
        after.put(file, then);
      }
    }
    List<String> folders = new ArrayList<>(committed.folders());
    folders.add("");
    for (String folder : folders) {
      String name = folder.isEmpty() ? "" : folder + "/";
      Seen then = before.get(name);
      if (then == null || !then.folder() || committed.touched().contains(folder)) {
        look.add(name);
      } else {
        after.put(name, then);
      }
    }
    // the names each touched folder should hold now
    Map<String, Set<String>> children = new HashMap<>();
    List<String> all = new ArrayList<>(committed.files());
    committed.folders().forEach(folder -> all.add(folder));
    for (String path : all) {
      int slash = path.lastIndexOf('/');
      String parent = slash < 0 ? "" : path.substring(0, slash);
      if (committed.touched().contains(parent)) {
        children.computeIfAbsent(parent, p -> new HashSet<>()).add(path.substring(slash + 1));
      }
    }
    List<Seen> seen = workers.map(look, name -> {
      Path path = name.isEmpty() ? out : out.resolve(name);
      try {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        long modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        boolean folder = name.isEmpty() || name.endsWith("/");
        if (folder ? !attrs.isDirectory() : !attrs.isRegularFile()) {
          return null;
        }
        if (!folder) {
          return new Seen(attrs.size(), modified);
        }
        String key = name.isEmpty() ? "" : name.substring(0, name.length() - 1);
        return names(path).equals(children.getOrDefault(key, Set.of())) ? new Seen(Seen.FOLDER, vouched(modified, now)) : null;
      } catch (IOException | DirectoryIteratorException e) {
        return null;
      }
    });
    for (int i = 0; i < look.size(); i++) {
      if (seen.get(i) == null) {
        return Optional.empty();
      }
      after.put(look.get(i), seen.get(i));
    }
    return Optional.of(after);
  }

  /** The file or folder {@code name} of {@code out} now, or null when it is not as {@code seen} says. */
  private static Seen seenNow(Path out, String name, Seen seen, long now, Once<Map<String, Set<String>>> children) {
    Path path = name.isEmpty() ? out : out.resolve(name);
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
    long modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    if (!seen.folder()) {
      return attrs.isRegularFile() && attrs.size() == seen.size() && modified == seen.modified() ? seen : null;
    }
    if (!attrs.isDirectory()) {
      return null;
    }
    if (modified != seen.modified()) { // never the same as RACY
      Set<String> names;
      try {
        names = names(path);
      } catch (IOException | DirectoryIteratorException e) {
        return null;
      }
      if (!names.equals(children.get().getOrDefault(name, Set.of()))) {
        return null;
      }
    }
    return new Seen(Seen.FOLDER, vouched(modified, now));
  }

  /** The names of the entries of the folder {@code dir}. */
  private static Set<String> names(Path dir) throws IOException {
    Set<String> names = new HashSet<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entry -> names.add(entry.getFileName().toString()));
    }
    return names;
  }

  /** The names in each folder of the outputs, by the folder's path. */
  private Map<String, Set<String>> children() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String name : outputs.keySet()) {
      if (!name.isEmpty()) {
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        int slash = path.lastIndexOf('/');
        out.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash + 1), k -> new HashSet<>()).add(path.substring(slash + 1));
      }
    }
    return out;
  }

  /** The time of the folder {@code dir} as {@link #vouched}; empty when it cannot be read. */
  private static Optional<Long> folderTime(Path dir, long now) {
    try {
      long modified = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
      return Optional.of(vouched(modified, now));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Every file and folder under the folder {@code dir} (see {@link FileTrees#scan}), a folder's name
   * ending in '/', or empty when it holds anything else (a link) or cannot be read.
   */
  private static Optional<List<Listed>> scan(Path dir, Workers workers) {
    Optional<List<FileTrees.Found>> found = FileTrees.scan(dir, workers);
    if (found.isEmpty() || found.get().stream().anyMatch(f -> f.kind() == FileTrees.Kind.OTHER)) {
      return Optional.empty();
    }
    return Optional.of(found.get().stream().map(f -> f.kind() == FileTrees.Kind.FOLDER
        ? new Listed(f.name() + "/", f.path(), Seen.FOLDER, f.modified()) : new Listed(f.name(), f.path(), f.size(), f.modified())).toList());
  }

  /** A stamp of a build from {@code inputs} that left {@code outputs} and reported {@code report}. */
  static BuildStamp of(Map<String, FileState> inputs, String captures, Map<String, Seen> outputs, BuildReport report) {
    return new BuildStamp(inputs, captures, outputs, new Told(report.pages(), report.articles(), report.assets(),
        report.warnings(), report.notices()));
  }

  /**
   * The input files that differ from this stamp's in {@code now}: changed, added or gone, by input path.
   */
  Set<String> changed(Map<String, FileState> now) {
    Set<String> out = new TreeSet<>();
    inputs.forEach((path, state) -> {
      FileState there = now.get(path);
      if (there == null || !there.sha256().equals(state.sha256())) {
        out.add(path);
      }
    });
    now.keySet().stream().filter(path -> !inputs.containsKey(path)).forEach(out::add);
    return out;
  }

  /** The stamp in {@code bytes}, or empty when they are not one (the cache's checksum held, so only another format). */
  static Optional<BuildStamp> parse(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      Map<String, FileState> inputs = new HashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        inputs.put(in.readUTF(), new FileState(in.readLong(), in.readLong(), in.readUTF()));
      }
      String captures = in.readUTF();
      int count = in.readInt();
      Map<String, Seen> outputs = new HashMap<>(count * 4 / 3 + 1);
      for (int i = count; i > 0; i--) {
        outputs.put(in.readUTF(), new Seen(in.readLong(), in.readLong()));
      }
      int pages = in.readInt();
      int articles = in.readInt();
      int assets = in.readInt();
      List<Problem> warnings = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        warnings.add(Stored.problem(in));
      }
      List<String> notices = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        notices.add(Stored.text(in));
      }
      return in.available() == 0
          ? Optional.of(new BuildStamp(inputs, captures, outputs, new Told(pages, articles, assets, warnings, notices))) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The stamp as bytes: {@link DataOutputStream}'s, after a number that names this format. */
  byte[] bytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(inputs.size());
      for (Map.Entry<String, FileState> e : new TreeMap<>(inputs).entrySet()) {
        out.writeUTF(e.getKey());
        out.writeLong(e.getValue().size());
        out.writeLong(e.getValue().modified());
        out.writeUTF(e.getValue().sha256());
      }
      out.writeUTF(captures);
      out.writeInt(outputs.size());
      for (Map.Entry<String, Seen> e : new TreeMap<>(outputs).entrySet()) {
        out.writeUTF(e.getKey());
        out.writeLong(e.getValue().size());
        out.writeLong(e.getValue().modified());
      }
      out.writeInt(told.pages());
      out.writeInt(told.articles());
      out.writeInt(told.assets());
      out.writeInt(told.warnings().size());
      for (Problem p : told.warnings()) {
        Stored.problem(out, p);
      }
      out.writeInt(told.notices().size());
      for (String notice : told.notices()) {
        Stored.text(out, notice);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return bytes.toByteArray();
  }

  /** The report of this build, told again by a build that found nothing changed in {@code nanos}. */
  BuildReport report(long nanos) {
    return new BuildReport(told.pages(), told.articles(), told.assets(), List.of(new BuildReport.Step("unchanged", nanos)), told.warnings(),
        told.notices(), 0);
  }
}
