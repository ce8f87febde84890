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
