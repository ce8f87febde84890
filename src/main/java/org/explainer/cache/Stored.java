package org.explainer.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Severity;

/**
 * How the results kept in the {@link BuildCache} write texts, locations and problems with {@link
 * DataOutputStream} and read them back with {@link DataInputStream}; a count that runs past the end of
 * what is read is refused, so a result of another format is not read as garbage.
 */
public final class Stored {
  private Stored() {}

  /** A text of any length ({@code writeUTF} takes at most 64 KB): its UTF-8 bytes after their count. */
  public static void text(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** A text written by {@link #text(DataOutputStream, String)}. */
  public static String text(DataInputStream in) throws IOException {
    return new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
  }

  /** A count of items or bytes that follow, refused when more than the bytes left could hold. */
  public static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("a count beyond the end of the result");
    }
    return count;
  }

  /** A location: its file, line and column. */
  public static void location(DataOutputStream out, Location at) throws IOException {
    text(out, at.file().toString());
    out.writeInt(at.line());
    out.writeInt(at.column());
  }

  /** A location written by {@link #location(DataOutputStream, Location)}. */
  public static Location location(DataInputStream in) throws IOException {
    return new Location(Path.of(text(in)), in.readInt(), in.readInt());
  }

  /** A problem: its severity, where, what is wrong and the fix. */
  public static void problem(DataOutputStream out, Problem problem) throws IOException {
    text(out, problem.severity().name());
    location(out, problem.at());
    text(out, problem.message());
    text(out, problem.fix());
  }

  /**
   * A problem written by {@link #problem(DataOutputStream, Problem)}.
   *
   * @throws IllegalArgumentException when the severity is not one
   */
  public static Problem problem(DataInputStream in) throws IOException {
    return new Problem(Severity.valueOf(text(in)), location(in), text(in), text(in));
  }
}
