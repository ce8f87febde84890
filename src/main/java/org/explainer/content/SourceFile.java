package org.explainer.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;

/**
 * Reads content files as text the way editors expect: strict UTF-8, a leading byte-order mark dropped,
 * CRLF and CR line ends turned into LF, and a size limit.
 */
public final class SourceFile {
  /** Largest content file accepted, in bytes. */
  public static final long MAX_BYTES = 1024 * 1024;

  private SourceFile() {}

  /**
   * The text of {@code file}.
   *
   * @throws ContentException when the file is too large, unreadable or not UTF-8
   */
  public static String read(Path file) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw ContentException.of(
            Location.of(file),
            "file is " + size + " bytes, over the limit of " + MAX_BYTES + " bytes",
            "split it or shorten it; an entry's summary is a few hundred words");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw ContentException.of(Location.of(file), "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", "check that it exists and is readable");
    }
    return decode(bytes, file);
  }

  /**
   * {@code bytes} as text: strict UTF-8, byte-order mark dropped, line ends made LF.
   *
   * @throws ContentException when the bytes are not UTF-8
   */
  public static String decode(byte[] bytes, Path file) {
    if (bytes.length > MAX_BYTES) {
      throw ContentException.of(Location.of(file), "file is " + bytes.length + " bytes, over the limit of " + MAX_BYTES + " bytes",
          "split it or shorten it; an entry's summary is a few hundred words");
    }
    // The String constructor is much quicker than a reporting decoder, and turns every malformed sequence
    // into U+FFFD: text without U+FFFD came from valid UTF-8. Text with it is decoded again, strictly.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text = strictlyDecoded(bytes, file);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String strictlyDecoded(byte[] bytes, Path file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1 + lineOfFirstBadByte(bytes);
      throw ContentException.of(
          new Location(file, line, 0), "the file is not valid UTF-8 text", "save it with UTF-8 encoding in your editor");
    }
  }

  private static int lineOfFirstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int lines = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines++;
      }
      if ((bytes[i] & 0x80) != 0) {
        int len = (bytes[i] & 0xE0) == 0xC0 ? 2 : (bytes[i] & 0xF0) == 0xE0 ? 3 : (bytes[i] & 0xF8) == 0xF0 ? 4 : 1;
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, i, Math.min(len, bytes.length - i)));
          i += len - 1;
        } catch (CharacterCodingException e) {
          return lines;
        }
      }
    }
    return lines;
  }
}
