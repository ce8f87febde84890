package org.explainer.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.ControlCharacters;
import org.explainer.diagnostic.Location;
import org.explainer.files.ConfinedFolder;

/**
 * Reads content files as text the way editors expect: strict UTF-8, a leading byte-order mark dropped,
 * CRLF and CR line ends turned into LF, no control characters, and a size limit.
 */
public final class SourceFile {
  /** Largest content file accepted, in bytes. */
  public static final long MAX_BYTES = 1024 * 1024;

  private static final String TOO_LARGE = "split it or shorten it; an entry's summary is a few hundred words";

  private SourceFile() {}

  /** The content folder {@code dir}, which every content file is read through. */
  public static ConfinedFolder contentFolder(Path dir) {
    return ConfinedFolder.of(dir, "the content folder");
  }

  /**
   * The text of {@code file}, a regular file inside {@code folder} (see {@link ConfinedFolder}).
   *
   * @throws ContentException when the file is a link out of the folder, not a regular file, too large,
   *     unreadable, not UTF-8 or holds a control character
   */
  public static String read(ConfinedFolder folder, Path file) {
    return decode(bytes(folder, file), file);
  }

  /**
   * The bytes of {@code file}, a regular file inside {@code folder}, not yet decoded (see {@link #decode}).
   *
   * @throws ContentException when the file is a link out of the folder, not a regular file, too large or
   *     unreadable
   */
  public static byte[] bytes(ConfinedFolder folder, Path file) {
    return folder.read(file, MAX_BYTES, TOO_LARGE);
  }

  /**
   * {@code bytes} as text: strict UTF-8, byte-order mark dropped, line ends made LF.
   *
   * @throws ContentException when the bytes are not UTF-8, or the text holds a control character other
   *     than a tab or a line end
   */
  public static String decode(byte[] bytes, Path file) {
    if (bytes.length > MAX_BYTES) {
      throw ContentException.of(Location.of(file), "file is " + bytes.length + " bytes, over the limit of " + MAX_BYTES + " bytes", TOO_LARGE);
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
    text = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    refuseControlCharacters(text, file);
    return text;
  }

  /** Refuses a control character (see {@link ControlCharacters}) with its line and column. */
  private static void refuseControlCharacters(String text, Path file) {
    int at = ControlCharacters.find(text);
    if (at < 0) {
      return;
    }
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
    throw ContentException.of(new Location(file, line, at - lineStart + 1),
        "the text holds the control character " + ControlCharacters.name(text.charAt(at)) + ", which no page can show",
        "delete it (editors show it as a box or not at all; 'cat -A' shows it)");
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
      throw ContentException.of(firstBadByte(bytes, file), "the file is not valid UTF-8 text", "save it with UTF-8 encoding in your editor");
    }
  }

  /**
   * Where the first byte that is not part of a UTF-8 character is: its line, and its column counted in
   * the characters before it on that line (which are all valid).
   */
  private static Location firstBadByte(byte[] bytes, Path file) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int columns = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        columns = 0;
        continue;
      }
      int len = 1;
      if ((bytes[i] & 0x80) != 0) {
        len = (bytes[i] & 0xE0) == 0xC0 ? 2 : (bytes[i] & 0xF0) == 0xE0 ? 3 : (bytes[i] & 0xF8) == 0xF0 ? 4 : 1;
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, i, Math.min(len, bytes.length - i)));
        } catch (CharacterCodingException e) {
          return new Location(file, line, columns + 1);
        }
      }
      // a character the editor counts as one column, as the YAML parser counts them (a code point)
      columns++;
      i += len - 1;
    }
    return new Location(file, line, columns + 1);
  }
}
