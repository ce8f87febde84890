package org.explainer.site;

import java.util.Arrays;

/**
 * A growing list of document numbers in ascending order (a posting list), and its text form in the
 * search shards: one of two encodings, whichever is shorter (the first when they are as long), decoded
 * by {@code decode} in {@code templates/assets/search.js}. Both use only the 64 characters of {@link
 * #DIGITS}, which JSON and a script element take as they are.
 *
 * <ul>
 *   <li><b>gaps</b>: the first number, then each gap to the next less one, each as a variable-length
 *       number: digits of 5 bits, least significant first, every digit but the last with 32 added. A
 *       list of 10,000 numbers that skips no more than 32 at a time takes 10,000 characters.
 *   <li><b>bits</b>: {@code "~"}, then one digit for each 6 numbers from 0 (bit {@code i} set when
 *       number {@code 6k + i} is in the list), up to the last number. A list holding most documents of
 *       10,000 takes 1,668 characters.
 * </ul>
 *
 * <p>{@code ""} is the empty list.
 */
final class Postings {
  /** The digits of both encodings: digit {@code v} is {@code DIGITS.charAt(v)}. */
  static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  /** The value of each ASCII character as a digit, -1 for one that is not a digit. */
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    for (int v = 0; v < DIGITS.length(); v++) {
      VALUES[DIGITS.charAt(v)] = (byte) v;
    }
  }

  /** The first character of the bits encoding. */
  static final char BITS = '~';

  private int[] numbers = new int[4];
  private int size;

  /** Adds {@code number} unless it is the last one added; numbers come in ascending order. */
  void add(int number) {
    if (size > 0 && numbers[size - 1] >= number) {
      if (numbers[size - 1] == number) {
        return;
      }
      throw new IllegalArgumentException(number + " after " + numbers[size - 1] + ": posting lists grow in ascending order");
    }
    if (size == numbers.length) {
      numbers = Arrays.copyOf(numbers, size * 2);
    }
    numbers[size++] = number;
  }

  /** Adds each number of {@code more} plus {@code offset}, all of them above this list's numbers. */
  void addAll(Postings more, int offset) {
    for (int i = 0; i < more.size; i++) {
      add(more.numbers[i] + offset);
    }
  }

  /**
   * Takes {@code number} out of the list, if it holds it.
   */
  void remove(int number) {
    int at = Arrays.binarySearch(numbers, 0, size, number);
    if (at >= 0) {
      System.arraycopy(numbers, at + 1, numbers, at, size - at - 1);
      size--;
    }
  }

  /** Puts {@code number} into the list where it goes in ascending order, unless the list holds it. */
  void insert(int number) {
    int at = Arrays.binarySearch(numbers, 0, size, number);
    if (at >= 0) {
      return;
    }
    at = -at - 1;
    if (size == numbers.length) {
      numbers = Arrays.copyOf(numbers, size * 2);
    }
    System.arraycopy(numbers, at, numbers, at + 1, size - at);
    numbers[at] = number;
    size++;
  }

  /**
   * The list that {@code text}, made by {@link #encoded}, holds.
   *
   * @throws IllegalArgumentException when {@code text} is not such a text: a character that is not a
   *     digit, a number that does not end, or one over {@code Integer.MAX_VALUE}
   */
  static Postings decode(String text) {
    Postings out = new Postings();
    if (!text.isEmpty() && text.charAt(0) == BITS) {
      for (int i = 1; i < text.length(); i++) {
        int value = digit(text.charAt(i));
        for (int bit = 0; bit < 6; bit++) {
          if ((value & 1 << bit) != 0) {
            out.add(6 * (i - 1) + bit);
          }
        }
      }
      return out;
    }
    long previous = -1;
    long value = 0;
    int shift = 0;
    for (int i = 0; i < text.length(); i++) {
      int digit = digit(text.charAt(i));
      if (shift > 30) {
        throw new IllegalArgumentException("a number too large in the posting list '" + text + "'");
      }
      value |= (long) (digit & 31) << shift;
      if (digit >= 32) {
        shift += 5;
        continue;
      }
      long number = previous < 0 ? value : previous + value + 1;
      if (number > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("a number too large in the posting list '" + text + "'");
      }
      out.add((int) number);
      previous = number;
      value = 0;
      shift = 0;
    }
    if (shift > 0) {
      throw new IllegalArgumentException("the posting list '" + text + "' ends inside a number");
    }
    return out;
  }

  private static int digit(char c) {
    int value = c < VALUES.length ? VALUES[c] : -1;
    if (value < 0) {
      throw new IllegalArgumentException("'" + c + "' is not a digit of a posting list");
    }
    return value;
  }

  /** How many numbers the list holds. */
  int size() {
    return size;
  }

  /** The {@code i}th number, from 0. */
  int get(int i) {
    return numbers[i];
  }

  /** The list in the shorter of its two encodings. */
  String encoded() {
    if (size == 0) {
      return "";
    }
    String gaps = gaps();
    int bitsLength = 1 + numbers[size - 1] / 6 + 1;
    return bitsLength < gaps.length() ? bits() : gaps;
  }

  private String gaps() {
    StringBuilder out = new StringBuilder(size + 4);
    int previous = -1;
    for (int i = 0; i < size; i++) {
      int value = previous < 0 ? numbers[i] : numbers[i] - previous - 1;
      previous = numbers[i];
      while (value >= 32) {
        out.append(DIGITS.charAt(32 + (value & 31)));
        value >>>= 5;
      }
      out.append(DIGITS.charAt(value));
    }
    return out.toString();
  }

  private String bits() {
    char[] digits = new char[numbers[size - 1] / 6 + 1];
    int[] values = new int[digits.length];
    for (int i = 0; i < size; i++) {
      values[numbers[i] / 6] |= 1 << (numbers[i] % 6);
    }
    for (int i = 0; i < digits.length; i++) {
      digits[i] = DIGITS.charAt(values[i]);
    }
    return BITS + new String(digits);
  }
}
