package org.explainer.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.explainer.files.FileTrees;

/**
 * The build cache: results a build made, kept between builds in a folder of their own
 * ({@value #DEFAULT} beside the content folder unless set), each under the fingerprint of everything it
 * was made from, so a later build takes a result again only when all of that is the same.
 *
 * <p>A result is a file {@code <kind>/<ab>/<rest of the key>}: a header, the length and CRC-32C of what
 * follows, and the bytes (a checksum made to catch damage, such as a file cut short, and computed by
 * the processor). It is never trusted blindly:
 *
 * <ul>
 *   <li>the folder records the generator that made it ({@value #IDENTITY}: this program's own build and
 *       the Java version); a cache of another one is emptied before use;
 *   <li>a result whose header or checksum is wrong (a truncated or edited file) is deleted and made
 *       again;
 *   <li>a folder that is not empty and holds no {@value #IDENTITY} was not made by a build and is not
 *       used (nor is anything in it deleted).
 * </ul>
 *
 * <p>Each of these says so once per build, in one line, through the notices it was opened with. The
 * cache is an optimisation: when it cannot be read or written the build goes on without it.
 *
 * <p>Thread-safe: results are written under a name of their own and moved into place, so two builds
 * sharing a cache never see half a result.
 */
public final class BuildCache {
  /** The cache folder, relative to the folder that holds the content folder, when none is given. */
  public static final String DEFAULT = ".explainer/cache";
  /** The file that names the generator a cache belongs to. */
  public static final String IDENTITY = "IDENTITY";
  /** The file that records the jar the identity was last computed from. */
  private static final String CODE = "CODE";
  private static final byte[] MAGIC = "explainer-cache 2\n".getBytes(StandardCharsets.US_ASCII);
  /** The length and the CRC-32C of the bytes, after the header. */
  private static final int CHECK = 12;

  private final Optional<Path> dir;
  private final Consumer<String> notices;
  private final AtomicBoolean corruptionNoticed = new AtomicBoolean();
  private final Set<Path> used = ConcurrentHashMap.newKeySet();
  /** The results an edit made this build's own results take the place of (see {@link #supersede}). */
  private final Set<Path> superseded = ConcurrentHashMap.newKeySet();

  private BuildCache(Optional<Path> dir, Consumer<String> notices) {
    this.dir = dir;
    this.notices = notices;
  }

  /** No cache: every result is made, nothing is kept. */
  public static BuildCache none() {
    return new BuildCache(Optional.empty(), notice -> {});
  }

  /**
   * The cache in {@code dir} for this generator ({@link #identity()}): a jar whose path, size and time are
   * those recorded in {@code dir} the last time has the identity recorded with them, and is not read
   * again.
   */
  public static BuildCache open(Path dir, Consumer<String> notices) {
    Path code = dir.resolve(CODE);
    String where = codeSource().filter(Files::isRegularFile).map(jar -> {
      try {
        return jar + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).to(TimeUnit.NANOSECONDS) + "\n" + Runtime.version() + "\n";
      } catch (IOException e) {
        return "";
      }
    }).orElse("");
    String identity = null;
    if (!where.isEmpty() && Files.isRegularFile(code, LinkOption.NOFOLLOW_LINKS)) {
      try {
        String recorded = Files.readString(code, StandardCharsets.UTF_8);
        if (recorded.startsWith(where) && recorded.length() == where.length() + 64) {
          identity = recorded.substring(where.length());
        }
      } catch (IOException | RuntimeException e) {
        identity = null; // computed below
      }
    }
    boolean known = identity != null;
    if (!known) {
      identity = identity();
    }
    BuildCache cache = open(dir, identity, notices);
    if (!known && !where.isEmpty() && cache.dir.isPresent()) {
      try {
        FileTrees.replace(code, (where + identity).getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // computed again next time
      }
    }
    return cache;
  }

  /**
   * The cache in {@code dir} for the generator {@code identity}, made when missing; a cache of another
   * generator in it is emptied first. Problems are told through {@code notices}, one line each.
   */
  public static BuildCache open(Path dir, String identity, Consumer<String> notices) {
    Path identityFile = dir.resolve(IDENTITY);
    try {
      if (Files.isSymbolicLink(dir) || (Files.exists(dir) && !Files.isDirectory(dir))) {
        notices.accept("the build cache " + dir + " is not a folder, so this build makes everything anew; remove it or give another with --cache");
        return none();
      }
      byte[] wanted = (identity + "\n").getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(identityFile, LinkOption.NOFOLLOW_LINKS)) {
        if (Arrays.equals(Files.readAllBytes(identityFile), wanted)) {
          return new BuildCache(Optional.of(dir), notices);
        }
        notices.accept("the build cache in " + dir + " was made by another version of explainer or of Java, so it is not used: this build makes it anew");
        emptyOwn(dir);
      } else if (Files.isDirectory(dir) && !isEmpty(dir)) {
        notices.accept("the folder " + dir + " holds no " + IDENTITY + " file, so it is not a build cache and is left alone: this build makes"
            + " everything anew; give an empty or new folder with --cache");
        return none();
      }
      Files.createDirectories(dir);
      FileTrees.replace(identityFile, wanted);
      return new BuildCache(Optional.of(dir), notices);
    } catch (IOException | UncheckedIOException e) {
      notices.accept("the build cache " + dir + " cannot be used (" + e.getMessage() + "), so this build makes everything anew");
      return none();
    }
  }

  /** The folder, if this cache keeps anything. */
  public Optional<Path> folder() {
    return dir;
  }

  /**
   * The result of {@code kind} kept under {@code key}, or what {@code make} makes, which is then kept.
   *
   * @param kind a folder name for this kind of result, such as {@code cards}
   * @param key the fingerprint of everything the result is made from (see {@link #key})
   */
  public byte[] get(String kind, String key, Supplier<byte[]> make) {
    Optional<byte[]> kept = read(kind, key);
    if (kept.isPresent()) {
      return kept.get();
    }
    byte[] made = make.get();
    write(kind, key, made);
    return made;
  }

  /** The result of {@code kind} kept under {@code key}, if there is a sound one. */
  public Optional<byte[]> read(String kind, String key) {
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    Path file = file(kind, key);
    used.add(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.empty(); // not kept yet
    }
    int start = MAGIC.length + CHECK;
    if (bytes.length < start || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
        || !Arrays.equals(bytes, MAGIC.length, start, check(bytes, start, bytes.length - start), 0, CHECK)) {
      if (corruptionNoticed.compareAndSet(false, true)) {
        notices.accept("the build cache in " + dir.get() + " held a damaged result (" + dir.get().relativize(file)
            + "): damaged results are not used, and are made again");
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // made again and written over below
      }
      return Optional.empty();
    }
    return Optional.of(Arrays.copyOfRange(bytes, start, bytes.length));
  }

  /** Keeps {@code bytes} as the result of {@code kind} under {@code key}. */
  public void write(String kind, String key, byte[] bytes) {
    if (dir.isEmpty()) {
      return;
    }
    Path file = file(kind, key);
    used.add(file);
    byte[] out = new byte[MAGIC.length + CHECK + bytes.length];
    System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
    System.arraycopy(check(bytes, 0, bytes.length), 0, out, MAGIC.length, CHECK);
    System.arraycopy(bytes, 0, out, MAGIC.length + CHECK, bytes.length);
    try {
      Files.createDirectories(file.getParent());
      FileTrees.replace(file, out);
    } catch (IOException e) {
      // the cache is an optimisation: the build goes on, and the next one makes this again
    }
  }

  /**
   * Deletes the results of {@code kind} this build neither read nor wrote, so the cache holds what the
   * site is made of now and no more.
   */
  public void prune(String kind) {
    if (dir.isEmpty() || !Files.isDirectory(dir.get().resolve(kind))) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir.get().resolve(kind))) {
      for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
        if (!used.contains(file)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // what is left is pruned by a later build
    }
  }

  /**
   * Marks the result of {@code kind} under {@code key} as one this build's results take the place of
   * (what an edited file was read or rendered as before the edit), for {@link #dropSuperseded}.
   */
  public void supersede(String kind, String key) {
    dir.ifPresent(d -> superseded.add(file(kind, key)));
  }

  /**
   * Deletes the results marked by {@link #supersede}: what a build that looked up only some results (one
   * after an edit of summaries alone) can prune without walking the cache. Such a result may have been
   * read (to tell what the edit changed), but it is of another version of its file than any this build
   * keeps. A build that looked up every result of a kind prunes with {@link #prune}.
   */
  public void dropSuperseded() {
    for (Path file : superseded) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // what is left is pruned by a later build
      }
    }
  }

  /** The bytes the cache takes on disk (its files' sizes), 0 without a cache. */
  public long size() {
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir.get())) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  /**
   * The fingerprint of {@code parts}, in order: a SHA-256 in hex. Each part is framed by its length, so
   * no two different lists of parts have the same fingerprint by running into each other.
   */
  public static String key(List<String> parts) {
    MessageDigest digest = sha256();
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(bytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of {@code bytes}, in hex. */
  public static String hash(byte[] bytes) {
    return HexFormat.of().formatHex(sha256(bytes, 0));
  }

  /**
   * This generator: its code and the Java version, whose rendering of fonts and images a card depends
   * on. The code is what is in the jar it runs from (each entry's name, size and CRC-32, read from the
   * jar's directory without unpacking it, so a jar rebuilt from the same sources, as on every CI run,
   * is the same generator), or each file of a folder of classes by its SHA-256.
   */
  public static String identity() {
    List<String> parts = new ArrayList<>(List.of("explainer", Runtime.version().toString()));
    try {
      Path code = codeSource().orElseThrow(() -> new IOException("no code source"));
      if (Files.isDirectory(code)) {
        try (Stream<Path> files = Files.walk(code)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            parts.add(code.relativize(file).toString().replace('\\', '/') + " " + hash(Files.readAllBytes(file)));
          }
        }
      } else {
        try (ZipFile jar = new ZipFile(code.toFile())) {
          jar.stream().filter(e -> !e.isDirectory()).sorted(Comparator.comparing(ZipEntry::getName))
              .forEach(e -> parts.add(e.getName() + " " + e.getSize() + " " + Long.toHexString(e.getCrc())));
        }
      }
    } catch (IOException | RuntimeException e) {
      parts.add("unknown code " + new SecureRandom().nextLong()); // never matches: no cache is trusted
    }
    return key(parts);
  }

  /** The jar, or folder of classes, this code runs from. */
  private static Optional<Path> codeSource() {
    try {
      return Optional.of(Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private Path file(String kind, String key) {
    return dir.orElseThrow().resolve(kind).resolve(key.substring(0, 2)).resolve(key.substring(2));
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Deletes what a cache holds: its identity and the folders of its results; links are deleted, never followed. */
  private static void emptyOwn(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.toList()) {
        FileTrees.delete(entry);
      }
    }
  }

  /** The length of {@code length} bytes from {@code from} and their CRC-32C, as 12 bytes. */
  private static byte[] check(byte[] bytes, int from, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, length);
    return ByteBuffer.allocate(CHECK).putLong(length).putInt((int) crc.getValue()).array();
  }

  private static byte[] sha256(byte[] bytes, int from) {
    MessageDigest digest = sha256();
    digest.update(bytes, from, bytes.length - from);
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
