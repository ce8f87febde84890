package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.explainer.diagnostic.ContentException;
import org.junit.jupiter.api.Test;

/** Decoding content files: strict UTF-8, exactly as a reporting decoder reads it. */
class SourceFileTest {
  private static final Path FILE = Path.of("content/articles/x.md");

  /** The reference: a reporting decoder, then the byte-order mark and line-end clean-up. */
  private static String reference(byte[] bytes) throws CharacterCodingException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static void agreesWithTheReference(byte[] bytes) {
    String expected;
    try {
      expected = reference(bytes);
    } catch (CharacterCodingException e) {
      assertThatThrownBy(() -> SourceFile.decode(bytes, FILE)).isInstanceOf(ContentException.class)
          .hasMessageContaining("not valid UTF-8");
      return;
    }
    assertThat(SourceFile.decode(bytes, FILE)).isEqualTo(expected);
  }

  @Test
  void decodesValidTextIncludingAReplacementCharacterWrittenOnPurpose() {
    agreesWithTheReference("---\r\ntitle: \"caf\u00e9 \u201cquoted\u201d\"\r\n---\rbody \uFFFD and \uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8));
    agreesWithTheReference("\uFEFFplain ASCII\n".getBytes(StandardCharsets.UTF_8));
    assertThat(SourceFile.decode("a\uFFFDb\r\n".getBytes(StandardCharsets.UTF_8), FILE)).isEqualTo("a\uFFFDb\n");
  }

  @Test
  void rejectsEveryMalformedSequenceTheStrictDecoderRejects() {
    byte[][] cases = {
        {'a', (byte) 0x80, 'b'},                          // stray continuation byte
        {(byte) 0xC0, (byte) 0xAF},                       // overlong '/'
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},          // an encoded surrogate
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        {'x', (byte) 0xE2, (byte) 0x80},                  // cut short at the end
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF}, // a real U+FFFD, then a bad byte
    };
    for (byte[] bytes : cases) {
      agreesWithTheReference(bytes);
      assertThatThrownBy(() -> SourceFile.decode(bytes, FILE)).isInstanceOf(ContentException.class);
    }
  }

  @Test
  void agreesWithTheStrictDecoderOnRandomBytes() {
    Random random = new Random(42);
    byte[] alphabet = {'a', '\r', '\n', (byte) 0x80, (byte) 0xBF, (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80,
        (byte) 0x9C, (byte) 0xED, (byte) 0xA0, (byte) 0xF0, (byte) 0x9F, (byte) 0xEF, (byte) 0xBB, (byte) 0xBD, (byte) 0xFF};
    for (int run = 0; run < 20_000; run++) {
      byte[] bytes = new byte[random.nextInt(12)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      agreesWithTheReference(bytes);
    }
  }

  /** An editor jumps to the byte an editor saved in another encoding: its line, and its column in the characters before it. */
  @Test
  void pointsAtTheFirstByteThatIsNotUtf8WithItsLineAndColumn() {
    byte[] mixed = "---\ntitle: “Kyiv” caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[mixed.length + 2];
    System.arraycopy(mixed, 0, bytes, 0, mixed.length);
    bytes[mixed.length] = (byte) 0xE9; // 'é' in Latin-1
    bytes[mixed.length + 1] = '\n';
    assertThatThrownBy(() -> SourceFile.decode(bytes, FILE)).isInstanceOfSatisfying(ContentException.class, e ->
        assertThat(e.problems().get(0).format(Path.of(""))).isEqualTo(
            "content/articles/x.md:2:18: the file is not valid UTF-8 text — save it with UTF-8 encoding in your editor"));
  }

  /** Threat: a NUL or an ANSI escape in an entry reaches the HTML, breaks the Atom feed's XML or rewrites the terminal. */
  @Test
  void refusesControlCharactersOtherThanTabsAndLineEndsWithTheirLineAndColumn() {
    assertThat(SourceFile.decode("a\tb\r\nc\n".getBytes(StandardCharsets.UTF_8), FILE)).isEqualTo("a\tb\nc\n");
    for (char c : new char[] {'\0', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B'}) {
      byte[] bytes = ("---\ntitle: x\n---\nok\nab" + c + "c\n").getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> SourceFile.decode(bytes, FILE)).isInstanceOfSatisfying(ContentException.class, e -> {
        assertThat(e.problems().get(0).at()).isEqualTo(new org.explainer.diagnostic.Location(FILE, 5, 3));
        assertThat(e.problems().get(0).message()).startsWith(String.format("the text holds the control character U+%04X", (int) c));
      });
    }
  }
}
