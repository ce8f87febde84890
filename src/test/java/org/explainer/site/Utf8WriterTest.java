package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
  private static final char[] ALPHABET = {'a', 'Z', '<', '\n', 'é', '\u00A0', '“', '—', '€', '\uD83C', '\uDDFA', '\uDC00', '\uD800', 'ї'};

  @Test
  void encodesExactlyAsStringGetBytesDoesWhateverTheChunks() {
    Random random = new Random(20241201);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(random.nextBoolean() ? 60 : 300);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String s = text.toString();
      Utf8Writer out = new Utf8Writer(1);
      int at = 0;
      while (at < s.length()) {
        // short writes, and long ones that take String's own encoder
        int chunk = Math.min(s.length() - at, 1 + random.nextInt(random.nextBoolean() ? 7 : 120));
        switch (random.nextInt(3)) {
          case 0 -> out.write(s, at, chunk);
          case 1 -> out.write(s.toCharArray(), at, chunk);
          default -> {
            out.write(s.charAt(at));
            chunk = 1;
          }
        }
        at += chunk;
      }
      assertThat(out.toByteArray()).as("'%s'", s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void growsPastItsFirstCapacity() {
    String page = "<p>Kyiv – “NATO” 🇺🇦</p>\n".repeat(5_000);
    Utf8Writer out = new Utf8Writer(16);
    out.write(page);
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(page);
  }

  @Test
  void aWriterFilledToItsCapacityNeitherGrowsNorCopies() {
    String text = "“NATO” – <Kyiv> & 🇺🇦 ї";
    byte[] expected = text.getBytes(StandardCharsets.UTF_8);
    Utf8Writer out = new Utf8Writer(expected.length);
    out.write(text.substring(0, 9));
    out.write(text.toCharArray(), 9, text.length() - 9);
    byte[] first = out.toByteArray();
    assertThat(first).isEqualTo(expected).isSameAs(out.toByteArray());
    out.write('!');
    assertThat(out.toByteArray()).isEqualTo((text + "!").getBytes(StandardCharsets.UTF_8));
    assertThat(first).as("bytes handed out are never changed by later writes").isEqualTo(expected);
  }
}
